import { defineMessages } from '../catalogue.ts';

/** Reports of `pin-service terminal` and its subcommands, for library staff and IT. */
export const terminalCliMessages = defineMessages({
  'terminal.enrolCode': {
    en: 'Enrolment code for terminal {name}: {code}',
    'zh-Hant': '終端機 {name} 的登記碼：{code}',
    'zh-Hans': '终端机 {name} 的登记码：{code}',
  },
  'terminal.enrolCodeUse': {
    en: 'It can be used once, until {expiresAt}. On the terminal, run: pin-service terminal --enrol-code {code} --service URL --card-reader KIND:PATH',
    'zh-Hant': '此登記碼只可使用一次，有效至 {expiresAt}。請在終端機上執行：pin-service terminal --enrol-code {code} --service URL --card-reader KIND:PATH',
    'zh-Hans': '此登记码只能使用一次，有效至 {expiresAt}。请在终端机上运行：pin-service terminal --enrol-code {code} --service URL --card-reader KIND:PATH',
  },
  'terminal.nameTaken': {
    en: 'Terminal {name} is already enrolled and active. Revoke it first with: pin-service terminal revoke {name}',
    'zh-Hant': '終端機 {name} 已登記並正在使用。請先執行以下指令撤銷：pin-service terminal revoke {name}',
    'zh-Hans': '终端机 {name} 已登记并正在使用。请先运行以下命令撤销：pin-service terminal revoke {name}',
  },
  'terminal.invalid': {
    en: 'Invalid {field}: {problem}.',
    'zh-Hant': '{field} 無效：{problem}。',
    'zh-Hans': '{field} 无效：{problem}。',
  },
  'terminal.modeInvalid': {
    en: 'Invalid --mode "{mode}"; use kiosk or station.',
    'zh-Hant': '--mode「{mode}」無效；請使用 kiosk 或 station。',
    'zh-Hans': '--mode“{mode}”无效；请使用 kiosk 或 station。',
  },
  'terminal.hoursInvalid': {
    en: 'Invalid --code-valid-hours "{hours}"; give a whole number of hours from 1 to 720.',
    'zh-Hant': '--code-valid-hours「{hours}」無效；請輸入1至720的整數小時。',
    'zh-Hans': '--code-valid-hours“{hours}”无效；请输入1至720的整数小时。',
  },
  'terminal.revoked': {
    en: 'Terminal {name} is revoked; its key is refused from now on, and a connected terminal is disconnected at its next message.',
    'zh-Hant': '終端機 {name} 已被撤銷；其金鑰即時失效，已連線的終端機會在下一次傳送訊息時被中斷連線。',
    'zh-Hans': '终端机 {name} 已被撤销；其密钥即时失效，已连接的终端机会在下一次发送消息时被断开连接。',
  },
  'terminal.notFound': {
    en: 'No terminal is named {name}.',
    'zh-Hant': '沒有名為 {name} 的終端機。',
    'zh-Hans': '没有名为 {name} 的终端机。',
  },
  'terminal.listEmpty': {
    en: 'No terminals are enrolled.',
    'zh-Hant': '沒有已登記的終端機。',
    'zh-Hans': '没有已登记的终端机。',
  },
  'terminal.listLine': {
    en: '{name}  {mode}  {status}  location: {location}  last connected: {lastConnected}',
    'zh-Hant': '{name}  {mode}  {status}  地點：{location}  最後連線：{lastConnected}',
    'zh-Hans': '{name}  {mode}  {status}  地点：{location}  最后连接：{lastConnected}',
  },
  'terminal.never': { en: 'never', 'zh-Hant': '從未', 'zh-Hans': '从未' },
  'terminal.none': { en: 'none', 'zh-Hant': '無', 'zh-Hans': '无' },
  'terminal.enrolled': {
    en: 'This terminal is enrolled as {name}; its key is saved in {keyFile} (readable by its owner only).',
    'zh-Hant': '此終端機已登記為 {name}；金鑰已儲存於 {keyFile}（只限擁有者讀取）。',
    'zh-Hans': '此终端机已登记为 {name}；密钥已保存在 {keyFile}（仅限所有者读取）。',
  },
  'terminal.agentRunning': {
    en: 'Terminal agent running. Open the kiosk page at {url} (this machine only). Stop with Ctrl+C.',
    'zh-Hant': '終端機代理程式正在運行。請在本機開啟自助借書頁面：{url}。按 Ctrl+C 停止。',
    'zh-Hans': '终端机代理程序正在运行。请在本机打开自助借书页面：{url}。按 Ctrl+C 停止。',
  },
});
