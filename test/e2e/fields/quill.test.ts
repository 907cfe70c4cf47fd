import { describeEditor } from './scenarios';

describeEditor('quill');
