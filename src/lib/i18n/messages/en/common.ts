export default {
	appName: 'Sotong',
	demoBadge: 'Demo',
	language: 'Language',
	languageNames: { en: 'English', ko: '한국어' },
	skipToContent: 'Skip to content',
	save: 'Save',
	cancel: 'Cancel',
	back: 'Back',
	loading: 'Loading…'
};
