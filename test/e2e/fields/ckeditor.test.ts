import { describeEditor } from './scenarios';

describeEditor('ckeditor');
