export * from './accounts';
export * from './files';
export * from './jobs';
export * from './plans';
export * from './pledges';
export * from './reference';
export * from './reviews';
export * from './tagging';
