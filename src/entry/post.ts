import { post } from '../build-push/post.js';

await post();
