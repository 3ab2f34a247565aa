export * from './kinds';
export * from './parse-upload.server';
export * from './read-upload-form.server';
