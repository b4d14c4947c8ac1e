export default {
	title: 'Privacy notice',
	version: 'Version {version}, published {date}'
};
