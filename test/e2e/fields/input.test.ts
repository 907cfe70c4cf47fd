import { describeEditor } from './scenarios';

describeEditor('input');
