/** Password length rules, shared by the server checks and the form hints. */
export const passwordMinLength = 10;
export const passwordMaxLength = 200;
