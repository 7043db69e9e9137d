import { defineMessages } from '../catalogue.ts';

/** Texts of the demo panel when the demo terminal runs as a station; the rest come from the kiosk demo's texts. */
export const stationDemoMessages = defineMessages({
  'demo.station.title': { en: 'Library station demo', 'zh-Hant': '自助圖書站示範', 'zh-Hans': '自助图书站示范' },
  'demo.station.intro': {
    en: 'Touch a card to present it, then enter its PIN on the station. Touch an item to scan it: at welcome it is returned with no PIN, after sign-in it is collected or borrowed.',
    'zh-Hant': '按一張圖書證即可出示，然後在自助圖書站輸入密碼。按一項資料即可掃描：在歡迎畫面掃描會直接歸還，無須密碼；登入後掃描則會領取或借閱。',
    'zh-Hans': '按一张图书证即可出示，然后在自助图书站输入密码。按一项资料即可扫描：在欢迎画面扫描会直接归还，无需密码；登录后扫描则会领取或借阅。',
  },
  'demo.station.frame': { en: 'Station screen', 'zh-Hant': '自助圖書站畫面', 'zh-Hans': '自助图书站画面' },
});
