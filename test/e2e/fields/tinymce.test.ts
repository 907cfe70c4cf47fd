import { describeEditor } from './scenarios';

describeEditor('tinymce');
