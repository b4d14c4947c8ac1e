/** The CREDENTIALS_KEY of every test app and of the template database they start from (32 bytes). */
export const testCredentialsKey = 'c290b25nLXRlc3QtY3JlZGVudGlhbHMta2V5LTMyYnk';
