import { expose } from './common.js';
const field = document.getElementById('field');
expose({ root: () => field, serialize: () => field.innerHTML, text: () => field.innerText });
