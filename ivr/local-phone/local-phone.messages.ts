import { createTranslator, defineMessages } from '../../src/i18n/catalogue.ts';

/** What the local phone (`npm run call`) prints about the call, apart from what the line says. */
export const localPhoneMessages = defineMessages({
  'localPhone.calling': {
    en: 'Calling {url} from {from} (CallSid {callSid})',
    'zh-Hant': '正在致電 {url}，來電號碼 {from}（CallSid {callSid}）',
    'zh-Hans': '正在拨打 {url}，来电号码 {from}（CallSid {callSid}）',
  },
  'localPhone.keysPromptKey': {
    en: '  keys (press one key; Enter alone for silence)> ',
    'zh-Hant': '  按鍵（按一個鍵；只按 Enter 即不作回應）> ',
    'zh-Hans': '  按键（按一个键；只按 Enter 即不作回应）> ',
  },
  'localPhone.keysPromptDigits': {
    en: '  keys (digits, then {finishKey}; Enter alone for silence)> ',
    'zh-Hant': '  按鍵（輸入數字，然後按 {finishKey}；只按 Enter 即不作回應）> ',
    'zh-Hans': '  按键（输入数字，然后按 {finishKey}；只按 Enter 即不作回应）> ',
  },
  'localPhone.notKeys': {
    en: '  (a phone has only the keys 0-9, * and #; the other characters were not sent)',
    'zh-Hant': '  （電話只有 0-9、* 同 # 鍵；其他字元沒有送出）',
    'zh-Hans': '  （电话只有 0-9、* 和 # 键；其他字符没有发送）',
  },
  'localPhone.silence': {
    en: '  (silence for {seconds} s)',
    'zh-Hant': '  （{seconds} 秒沒有按鍵）',
    'zh-Hans': '  （{seconds} 秒没有按键）',
  },
  'localPhone.pressedKey': {
    en: '  pressed {key}',
    'zh-Hant': '  按了 {key}',
    'zh-Hans': '  按了 {key}',
  },
  'localPhone.pressedKeyThenHash': {
    en: '  pressed {key}, then #',
    'zh-Hant': '  按了 {key}，然後按 #',
    'zh-Hans': '  按了 {key}，然后按 #',
  },
  'localPhone.pressedOneDigit': {
    en: '  keyed 1 digit, then #',
    'zh-Hant': '  輸入了 1 個數字，然後按 #',
    'zh-Hans': '  输入了 1 个数字，然后按 #',
  },
  'localPhone.pressedDigits': {
    en: '  keyed {count} digits, then #',
    'zh-Hant': '  輸入了 {count} 個數字，然後按 #',
    'zh-Hans': '  输入了 {count} 个数字，然后按 #',
  },
  'localPhone.pause': {
    en: '  (pause of {seconds} s)',
    'zh-Hant': '  （停頓 {seconds} 秒）',
    'zh-Hans': '  （停顿 {seconds} 秒）',
  },
  'localPhone.callerHungUp': {
    en: 'You hung up.',
    'zh-Hant': '你已掛線。',
    'zh-Hans': '你已挂断。',
  },
  'localPhone.lineHungUp': {
    en: 'The line hung up.',
    'zh-Hant': '對方已掛線。',
    'zh-Hans': '对方已挂断。',
  },
  'localPhone.signatureRejected': {
    en: 'The service rejected the request signature (403). Check that the token matches its TWILIO_AUTH_TOKEN and --public-base-url its PUBLIC_BASE_URL.',
    'zh-Hant': '服務拒絕了請求簽署（403）。請檢查權杖是否與服務的 TWILIO_AUTH_TOKEN 相同，以及 --public-base-url 是否與其 PUBLIC_BASE_URL 相同。',
    'zh-Hans': '服务拒绝了请求签名（403）。请检查令牌是否与服务的 TWILIO_AUTH_TOKEN 相同，以及 --public-base-url 是否与其 PUBLIC_BASE_URL 相同。',
  },
  'localPhone.requestFailed': {
    en: 'The service answered {status} to {url}: {body}',
    'zh-Hant': '服務對 {url} 回應 {status}：{body}',
    'zh-Hans': '服务对 {url} 返回 {status}：{body}',
  },
  'localPhone.unreachable': {
    en: 'Could not reach the service at {url}: {reason}. Start it first, or give its address with --url.',
    'zh-Hant': '無法連接 {url} 的服務：{reason}。請先啟動服務，或以 --url 指定其地址。',
    'zh-Hans': '无法连接 {url} 的服务：{reason}。请先启动服务，或用 --url 指定其地址。',
  },
  'localPhone.outsideBaseUrl': {
    en: 'The TwiML names {url}, which is not under the public base URL {base}; set --public-base-url to the service PUBLIC_BASE_URL.',
    'zh-Hant': 'TwiML 指向 {url}，不在公開基本網址 {base} 之下；請把 --public-base-url 設為服務的 PUBLIC_BASE_URL。',
    'zh-Hans': 'TwiML 指向 {url}，不在公开基础网址 {base} 之下；请把 --public-base-url 设为服务的 PUBLIC_BASE_URL。',
  },
  'localPhone.tooManyRequests': {
    en: 'The call made more than {count} requests; the TwiML seems to loop.',
    'zh-Hant': '通話已發出超過 {count} 個請求；TwiML 似乎在循環。',
    'zh-Hans': '通话已发出超过 {count} 个请求；TwiML 似乎在循环。',
  },
  'localPhone.tokenMissing': {
    en: 'No Twilio auth token: give --token, set TWILIO_AUTH_TOKEN, or start the demo service, which writes {file}.',
    'zh-Hant': '沒有 Twilio 驗證權杖：請提供 --token、設定 TWILIO_AUTH_TOKEN，或啟動示範服務（會寫入 {file}）。',
    'zh-Hans': '没有 Twilio 验证令牌：请提供 --token、设置 TWILIO_AUTH_TOKEN，或启动演示服务（会写入 {file}）。',
  },
  'localPhone.keysInvalid': {
    en: '--keys entry "{entry}" is invalid: use only 0-9, * and #, with entries separated by commas.',
    'zh-Hant': '--keys 項目「{entry}」無效：只可使用 0-9、* 和 #，項目之間以逗號分隔。',
    'zh-Hans': '--keys 条目“{entry}”无效：只能使用 0-9、* 和 #，条目之间用逗号分隔。',
  },
});

export const localPhoneText = createTranslator(localPhoneMessages);
