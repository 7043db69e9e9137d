import { defineMessages } from '../catalogue.ts';

/** Texts of the demo panel, which replaces the card reader and the printer of the demo kiosk. */
export const kioskDemoMessages = defineMessages({
  'demo.title': { en: 'Kiosk demo', 'zh-Hant': '自助借書示範', 'zh-Hans': '自助借书示范' },
  'demo.intro': {
    en: 'Touch a card to present it to the virtual card reader, then enter its PIN on the kiosk. Touch an item to scan it.',
    'zh-Hant': '按一張圖書證，即可把它放到虛擬讀卡器上，然後在服務機輸入密碼。按一項資料即可掃描。',
    'zh-Hans': '按一张图书证，即可把它放到虚拟读卡器上，然后在服务机输入密码。按一项资料即可扫描。',
  },
  'demo.readerKind.pty': {
    en: 'The reader is a real barcode driver reading a socat pseudo-terminal.',
    'zh-Hant': '讀卡器是經 socat 虛擬終端讀取條碼的真實驅動程式。',
    'zh-Hans': '读卡器是经 socat 虚拟终端读取条码的真实驱动程序。',
  },
  'demo.readerKind.mock': {
    en: 'socat is not installed, so the barcode driver reads serialport’s mock port.',
    'zh-Hant': '由於未安裝 socat，條碼驅動程式改為讀取 serialport 的模擬連接埠。',
    'zh-Hans': '由于未安装 socat，条码驱动程序改为读取 serialport 的模拟端口。',
  },
  'demo.cards': { en: 'Demo cards', 'zh-Hant': '示範圖書證', 'zh-Hans': '示范图书证' },
  'demo.card': { en: '{name}: card {card}, PIN {pin}', 'zh-Hant': '{name}：圖書證 {card}，密碼 {pin}', 'zh-Hans': '{name}：图书证 {card}，密码 {pin}' },
  'demo.items': { en: 'Demo items', 'zh-Hant': '示範資料', 'zh-Hans': '示范资料' },
  'demo.badRead': { en: 'A card that cannot be read', 'zh-Hant': '無法讀取的圖書證', 'zh-Hans': '无法读取的图书证' },
  'demo.receipts': { en: 'Printed receipts', 'zh-Hant': '已列印的收據', 'zh-Hans': '已打印的收据' },
  'demo.noReceipts': { en: 'None yet.', 'zh-Hant': '暫時沒有。', 'zh-Hans': '暂时没有。' },
  'demo.itemNotes': {
    en: 'The notes say what each item is in the demo data as first loaded; they do not change as you borrow and return.',
    'zh-Hant': '附註說明各項資料在最初載入的示範資料中的狀態，不會隨借閱或歸還而更新。',
    'zh-Hans': '附注说明各项资料在最初载入的演示数据中的状态，不会随借阅或归还而更新。',
  },
  'demo.languages': { en: 'Language of this page', 'zh-Hant': '本頁語言', 'zh-Hans': '本页语言' },
  'demo.item.on-shelf': { en: 'On the shelf: borrow it', 'zh-Hant': '在架上：可借閱', 'zh-Hans': '在架上：可借阅' },
  'demo.item.on-loan-to-another': {
    en: 'On loan to another reader: borrowing it is refused',
    'zh-Hant': '已借給其他讀者：借閱會被拒絕',
    'zh-Hans': '已借给其他读者：借阅会被拒绝',
  },
  'demo.item.ready-for': { en: 'Reserved, ready for {name} to collect here', 'zh-Hant': '已預約，可供{name}在此領取', 'zh-Hans': '已预约，可供{name}在此领取' },
  'demo.item.on-loan-to': {
    en: 'On loan to {name}: scan it at the welcome screen to return it',
    'zh-Hant': '{name}借閱中：在歡迎畫面掃描即可歸還',
    'zh-Hans': '{name}借阅中：在欢迎画面扫描即可归还',
  },
  'demo.kioskFrame': { en: 'Kiosk screen', 'zh-Hant': '服務機畫面', 'zh-Hans': '服务机画面' },
});
