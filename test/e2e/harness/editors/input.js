import { expose } from './common.js';
const field = document.getElementById('field');
expose({ root: () => field, serialize: () => field.value, text: () => field.value });
