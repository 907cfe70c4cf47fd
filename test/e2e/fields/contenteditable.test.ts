import { describeEditor } from './scenarios';

describeEditor('contenteditable');
