import { defineMessages } from '../catalogue.ts';

/** Reports of the `pin-service` command for library staff and IT. */
export const cliMessages = defineMessages({
  'import.headerMissingColumns': {
    en: 'The first line must name the columns; missing: {columns}. Nothing was imported.',
    'zh-Hant': '第一行須列出欄位名稱，缺少：{columns}。沒有匯入任何資料。',
    'zh-Hans': '第一行须列出列名，缺少：{columns}。没有导入任何数据。',
  },
  'import.headerUnknownColumn': {
    en: 'Unknown column "{column}" in the first line; allowed columns: {allowed}. Nothing was imported.',
    'zh-Hant': '第一行有不明欄位「{column}」；可用欄位：{allowed}。沒有匯入任何資料。',
    'zh-Hans': '第一行有未知列“{column}”；可用列：{allowed}。没有导入任何数据。',
  },
  'import.fileEmpty': {
    en: 'The file {file} is empty. Nothing was imported.',
    'zh-Hant': '檔案 {file} 是空的，沒有匯入任何資料。',
    'zh-Hans': '文件 {file} 是空的，没有导入任何数据。',
  },
  'import.fileUnreadable': {
    en: 'Cannot read {file}: {reason}.',
    'zh-Hant': '無法讀取 {file}：{reason}。',
    'zh-Hans': '无法读取 {file}：{reason}。',
  },
  'import.resumed': {
    en: 'Resuming an earlier import of this file after line {line}.',
    'zh-Hant': '從第 {line} 行之後繼續先前未完成的匯入。',
    'zh-Hans': '从第 {line} 行之后继续先前未完成的导入。',
  },
  'import.alreadyImported': {
    en: 'This file was already imported; nothing changed.',
    'zh-Hant': '此檔案已匯入過，沒有任何改動。',
    'zh-Hans': '此文件已导入过，没有任何改动。',
  },
  'import.rejectedLine': {
    en: 'line {line}: {reason}',
    'zh-Hant': '第 {line} 行：{reason}',
    'zh-Hans': '第 {line} 行：{reason}',
  },
  'import.summary': {
    en: 'Readers loaded: {loaded}. Rows rejected: {rejected}.',
    'zh-Hant': '已載入讀者：{loaded}。被拒絕的資料行：{rejected}。',
    'zh-Hans': '已载入读者：{loaded}。被拒绝的数据行：{rejected}。',
  },
  'record.card-missing': { en: 'the card number is missing', 'zh-Hant': '缺少圖書證號碼', 'zh-Hans': '缺少图书证号码' },
  'record.card-invalid': {
    en: 'the card number is not a valid library card number',
    'zh-Hant': '圖書證號碼無效',
    'zh-Hans': '图书证号码无效',
  },
  'record.name-missing': { en: 'the name is missing', 'zh-Hant': '缺少姓名', 'zh-Hans': '缺少姓名' },
  'record.name-too-long': { en: 'the name is longer than 200 characters', 'zh-Hant': '姓名超過200個字元', 'zh-Hans': '姓名超过200个字符' },
  'record.phone-invalid': {
    en: 'the phone number must have 4 to 20 digits',
    'zh-Hant': '電話號碼須有4至20位數字',
    'zh-Hans': '电话号码须有4至20位数字',
  },
  'record.pin-invalid': { en: 'the PIN must be 4 to 12 digits', 'zh-Hant': '密碼須為4至12位數字', 'zh-Hans': '密码须为4至12位数字' },
  'record.language-invalid': {
    en: 'the language must be en, zh-Hant or zh-Hans',
    'zh-Hant': '語言必須是 en、zh-Hant 或 zh-Hans',
    'zh-Hans': '语言必须是 en、zh-Hant 或 zh-Hans',
  },
  'record.hkid-invalid': {
    en: 'the Hong Kong Identity Card number is not valid',
    'zh-Hant': '香港身份證號碼無效',
    'zh-Hans': '香港身份证号码无效',
  },
  'record.card-duplicate': {
    en: 'a reader with this card number is already enrolled',
    'zh-Hant': '已有讀者使用此圖書證號碼',
    'zh-Hans': '已有读者使用此图书证号码',
  },
  'record.hkid-duplicate': {
    en: 'a reader with this identity card number is already enrolled',
    'zh-Hant': '已有讀者登記此身份證號碼',
    'zh-Hans': '已有读者登记此身份证号码',
  },
  'record.columns': {
    en: 'the row does not have the same number of columns as the first line',
    'zh-Hant': '此行的欄位數目與第一行不同',
    'zh-Hans': '此行的列数与第一行不同',
  },
  'record.malformed-csv': {
    en: 'the row is not valid CSV (check its quotes)',
    'zh-Hant': '此行不是有效的 CSV 格式（請檢查引號）',
    'zh-Hans': '此行不是有效的 CSV 格式（请检查引号）',
  },
  'pin.readerNotFound': {
    en: 'No reader has card number {card}.',
    'zh-Hant': '沒有讀者使用圖書證號碼 {card}。',
    'zh-Hans': '没有读者使用图书证号码 {card}。',
  },
  'pin.cardInvalid': {
    en: '{card} is not a valid library card number.',
    'zh-Hant': '{card} 不是有效的圖書證號碼。',
    'zh-Hans': '{card} 不是有效的图书证号码。',
  },
  'pin.resetDone': {
    en: 'The PIN of card {card} is now the default PIN (last 4 digits of the registered phone), and the card is unlocked.',
    'zh-Hant': '圖書證 {card} 的密碼已重設為預設密碼（登記電話號碼的最後4位數字），並已解除鎖定。',
    'zh-Hans': '图书证 {card} 的密码已重置为默认密码（登记电话号码的最后4位数字），并已解除锁定。',
  },
  'pin.unlockDone': {
    en: 'Card {card} is unlocked.',
    'zh-Hant': '圖書證 {card} 已解除鎖定。',
    'zh-Hans': '图书证 {card} 已解除锁定。',
  },
  'pin.statusLine': {
    en: 'Card {card}: {state}; default PIN: {isDefault}; failed attempts in a row: {failures}.',
    'zh-Hant': '圖書證 {card}：{state}；使用預設密碼：{isDefault}；連續錯誤次數：{failures}。',
    'zh-Hans': '图书证 {card}：{state}；使用默认密码：{isDefault}；连续错误次数：{failures}。',
  },
  'pin.stateOpen': { en: 'not locked', 'zh-Hant': '未鎖定', 'zh-Hans': '未锁定' },
  'pin.stateLockedUntil': { en: 'locked until {until}', 'zh-Hant': '鎖定至 {until}', 'zh-Hans': '锁定至 {until}' },
  'pin.stateStaffLock': {
    en: 'locked until staff unlock it',
    'zh-Hant': '已鎖定，須由職員解鎖',
    'zh-Hans': '已锁定，须由工作人员解锁',
  },
  'common.yes': { en: 'yes', 'zh-Hant': '是', 'zh-Hans': '是' },
  'common.no': { en: 'no', 'zh-Hant': '否', 'zh-Hans': '否' },
  'db.backupDone': {
    en: 'Backup written to {path}.',
    'zh-Hant': '備份已寫入 {path}。',
    'zh-Hans': '备份已写入 {path}。',
  },
  'db.checkOk': {
    en: 'Database {path} is healthy (integrity and foreign keys checked).',
    'zh-Hant': '資料庫 {path} 正常（已檢查完整性及外鍵）。',
    'zh-Hans': '数据库 {path} 正常（已检查完整性及外键）。',
  },
  'db.checkProblems': {
    en: 'Database {path} has {count} problem(s):',
    'zh-Hant': '資料庫 {path} 有 {count} 個問題：',
    'zh-Hans': '数据库 {path} 有 {count} 个问题：',
  },
  'db.missing': {
    en: 'No database at {path}; start the service or run seed first.',
    'zh-Hant': '{path} 沒有資料庫；請先啟動服務或載入資料。',
    'zh-Hans': '{path} 没有数据库；请先启动服务或载入数据。',
  },
  'pepper.created': {
    en: 'Added pepper key {keyId} to {path} (owner-only permissions). Keep this file outside the database backups and back it up separately.',
    'zh-Hant': '已在 {path} 加入密鑰 {keyId}（只限擁有者讀取）。請把此檔案放在資料庫備份以外，並另行備份。',
    'zh-Hans': '已在 {path} 加入密钥 {keyId}（仅限所有者读取）。请把此文件放在数据库备份以外，并另行备份。',
  },
  'seed.notJson': {
    en: '{file} is not valid JSON: {reason}. Nothing was loaded.',
    'zh-Hant': '{file} 不是有效的 JSON：{reason}。沒有載入任何資料。',
    'zh-Hans': '{file} 不是有效的 JSON：{reason}。没有载入任何数据。',
  },
  'seed.problem': {
    en: '{section}[{index}]: {reason}',
    'zh-Hant': '{section}[{index}]：{reason}',
    'zh-Hans': '{section}[{index}]：{reason}',
  },
  'seed.documentProblem': {
    en: 'document: {reason}',
    'zh-Hant': '整份文件：{reason}',
    'zh-Hans': '整份文件：{reason}',
  },
  'seed.summary': {
    en: 'Loaded {readers} readers, {items} items, {loans} loans, {holds} holds and {charges} charges; {problems} record(s) rejected.',
    'zh-Hant': '已載入讀者 {readers} 位、資料 {items} 項、借閱 {loans} 項、預約 {holds} 項及費用 {charges} 項；{problems} 項紀錄被拒絕。',
    'zh-Hans': '已载入读者 {readers} 位、资料 {items} 项、借阅 {loans} 项、预约 {holds} 项及费用 {charges} 项；{problems} 条记录被拒绝。',
  },
  'demo.seeded': {
    en: 'Demo data loaded into {dataDir}. Delete that directory to start again from scratch.',
    'zh-Hant': '示範資料已載入 {dataDir}。刪除該目錄即可重新開始。',
    'zh-Hans': '演示数据已载入 {dataDir}。删除该目录即可重新开始。',
  },
  'demo.pepperCreated': {
    en: 'Warning: created a new pepper file {file} for this demo. A production service needs its pepper kept outside the data directory and its backups (see README, "The pepper").',
    'zh-Hant': '注意：已為示範建立新的 pepper 檔案 {file}。正式服務的 pepper 須存放在資料目錄及其備份以外（見 README「密碼雜湊金鑰」）。',
    'zh-Hans': '注意：已为演示创建新的 pepper 文件 {file}。正式服务的 pepper 须存放在数据目录及其备份以外（见 README“密码哈希密钥”）。',
  },
  'demo.existingData': {
    en: 'Using the data already in {dataDir}. Delete that directory to reload the demo data.',
    'zh-Hant': '使用 {dataDir} 內現有的資料。刪除該目錄即可重新載入示範資料。',
    'zh-Hans': '使用 {dataDir} 内现有的数据。删除该目录即可重新载入演示数据。',
  },
  'demo.kiosk': {
    en: 'Self-checkout kiosk with demo cards and items to scan: {url}',
    'zh-Hant': '自助借書機（附可掃描的示範圖書證及資料）：{url}',
    'zh-Hans': '自助借书机（附可扫描的演示图书证及资料）：{url}',
  },
  'demo.kioskOnly': {
    en: 'The kiosk screen alone, as a kiosk shows it: {url}',
    'zh-Hant': '只有借書機畫面（與實際借書機相同）：{url}',
    'zh-Hans': '只有借书机画面（与实际借书机相同）：{url}',
  },
  'demo.station': {
    en: '24-hour self-service station at {location}, with demo cards and items to scan: {url}',
    'zh-Hant': '位於 {location} 的 24 小時自助圖書站（附可掃描的示範圖書證及資料）：{url}',
    'zh-Hans': '位于 {location} 的 24 小时自助图书站（附可扫描的演示图书证及资料）：{url}',
  },
  'demo.phone': {
    en: 'Telephone renewal line webhook: {url}. Call it from another terminal with: npm run call',
    'zh-Hant': '電話續借熱線 webhook：{url}。可在另一個終端機執行 npm run call 試打。',
    'zh-Hans': '电话续借热线 webhook：{url}。可在另一个终端执行 npm run call 试拨。',
  },
  'demo.staff': {
    en: 'Staff API, for example {url}, with the bearer token in {file}',
    'zh-Hant': '職員 API，例如 {url}，bearer 權杖存於 {file}',
    'zh-Hans': '职员 API，例如 {url}，bearer 令牌存于 {file}',
  },
  'demo.logs': {
    en: 'Service log: {file}',
    'zh-Hant': '服務日誌：{file}',
    'zh-Hans': '服务日志：{file}',
  },
  'demo.cardsHeading': {
    en: 'Demo cards and PINs:',
    'zh-Hant': '示範圖書證及密碼：',
    'zh-Hans': '演示图书证及密码：',
  },
  'demo.stop': {
    en: 'Press Ctrl+C to stop.',
    'zh-Hant': '按 Ctrl+C 停止。',
    'zh-Hans': '按 Ctrl+C 停止。',
  },
  'demo.stopped': {
    en: 'Stopped. The data stays in {dataDir} for the next start.',
    'zh-Hant': '已停止。資料會保留在 {dataDir}，供下次啟動使用。',
    'zh-Hans': '已停止。数据会保留在 {dataDir}，供下次启动使用。',
  },
});
