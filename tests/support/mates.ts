import { randomBytes } from 'node:crypto';
import { uniqueEmail } from './factories.ts';
import { linkIn, type CapturedMail } from './smtp-capture.ts';

const firstNames = ['Amara', 'Lucas', 'Sofia', 'Kenji', 'Priya', 'Mateo', 'Elif', 'Nadia', 'Tomás', 'Anh'];

/**
 * A complete application form as a browser would post it, with a unique address and Latin name;
 * override any field to make it wrong.
 */
export function applicationForm(
	overrides: Record<string, string | string[]> = {}
): Record<string, string | string[]> {
	const first = firstNames[randomBytes(1)[0] % firstNames.length];
	const suffix = randomBytes(3).toString('hex');
	return {
		email: uniqueEmail('applicant'),
		nameNative: `${first} Test`,
		nameLatin: `${first} Test ${suffix.replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`,
		country: 'FR',
		city: 'Lyon',
		languages: ['fr', 'en'],
		links: 'https://blog.example.com/me\nhttps://www.instagram.com/example_me',
		motivation:
			'I have lived in Seoul for three years and write every week about its neighbourhoods, markets and festivals for readers back home.',
		sample1: 'https://blog.example.com/me/gwangjang-market',
		sample2: 'https://blog.example.com/me/hangang-night',
		sample3: '',
		acceptPrivacy: 'on',
		...overrides
	};
}

/** The secret token at the end of the status link in an application email. */
export function statusTokenIn(message: CapturedMail): string {
	return linkIn(message, '/apply/status/').pathname.split('/').pop() ?? '';
}
