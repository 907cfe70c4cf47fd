import tinymce from 'tinymce/tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
// The skins as JavaScript modules, so nothing is fetched from elsewhere.
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { expose } from './common.js';
const [editor] = await tinymce.init({
  target: document.getElementById('field'),
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
  menubar: false,
  toolbar: 'undo redo bold italic',
  plugins: [],
  height: 300,
  promotion: false,
  branding: false,
});
window.editor = editor;
const root = () => editor.getBody();
expose({
  root,
  serialize: () => editor.getContent(),
  text: () => [...root().children].map((p) => p.textContent).join('\n'),
  frame: () => editor.iframeElement,
});
