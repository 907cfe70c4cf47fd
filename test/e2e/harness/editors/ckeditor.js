import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { expose } from './common.js';
const editor = await ClassicEditor.create(document.getElementById('field'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Undo],
  toolbar: ['bold', 'italic', 'undo', 'redo'],
});
window.editor = editor;
const root = () => editor.ui.getEditableElement();
expose({
  root,
  serialize: () => editor.getData(),
  text: () => [...root().children].map((p) => p.textContent).join('\n'),
});
