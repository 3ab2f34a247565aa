export * from './accounts';
export * from './files';
export * from './jobs';
export * from './pledges';
export * from './reference';
export * from './tagging';
