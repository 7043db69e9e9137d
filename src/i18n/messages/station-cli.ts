import { defineMessages } from '../catalogue.ts';

/** Reports of `pin-service terminal` about self-service stations, for library staff and IT. */
export const stationCliMessages = defineMessages({
  'station.cli.listLine': {
    en: '{name}  {mode}  {status}  location: {location}  item limit: {itemLimit}  default PIN: {hardened}  last connected: {lastConnected}',
    'zh-Hant': '{name}  {mode}  {status}  地點：{location}  借閱上限：{itemLimit}  預設密碼：{hardened}  最後連線：{lastConnected}',
    'zh-Hans': '{name}  {mode}  {status}  地点：{location}  借阅上限：{itemLimit}  默认密码：{hardened}  最后连接：{lastConnected}',
  },
  'station.cli.hardenedOn': { en: 'refused here', 'zh-Hant': '此站不接受', 'zh-Hans': '此站不接受' },
  'station.cli.hardenedOff': { en: 'as the service decides', 'zh-Hant': '按服務設定', 'zh-Hans': '按服务设置' },
  'station.cli.modeConflict': {
    en: '--station and --mode kiosk contradict each other; give one of them.',
    'zh-Hant': '--station 與 --mode kiosk 互相矛盾，請只指定其中一個。',
    'zh-Hans': '--station 与 --mode kiosk 互相矛盾，请只指定其中一个。',
  },
  'station.cli.itemLimitInvalid': {
    en: 'Invalid --item-limit "{value}"; give a whole number of items, such as 10.',
    'zh-Hant': '--item-limit「{value}」無效；請輸入整數，例如 10。',
    'zh-Hans': '--item-limit“{value}”无效；请输入整数，例如 10。',
  },
});
