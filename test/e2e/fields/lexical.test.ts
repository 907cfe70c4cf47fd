import { describeEditor } from './scenarios';

describeEditor('lexical');
