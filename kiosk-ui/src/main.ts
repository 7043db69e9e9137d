import { KioskApp } from './kiosk-app.ts';

const root = document.getElementById('app');
if (!root) throw new Error('The kiosk page needs an element with id "app"');

const agentUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ui-socket`;
new KioskApp(root, agentUrl).start();
