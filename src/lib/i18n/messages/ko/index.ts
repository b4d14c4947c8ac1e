/**
 * The ko catalogue, one file per area of the product. Keys must match across languages exactly
 * (tests/i18n checks it); add a namespace file here and in every other language together.
 */
import common from './common.ts';
import errors from './errors.ts';
import privacy from './privacy.ts';
import consoleMessages from './console.ts';
import account from './account.ts';
import email from './email.ts';
import auth from './auth.ts';
import shell from './shell.ts';
import ui from './ui.ts';
import publicPages from './public.ts';
import apply from './apply.ts';
import mates from './mates.ts';
import stories from './stories.ts';
import search from './search.ts';
import forum from './forum.ts';
import forumExtras from './forumExtras.ts';
import credentials from './credentials.ts';
import symbols from './symbols.ts';
import notifications from './notifications.ts';
import moderation from './moderation.ts';

export const messages = {
	common,
	errors,
	privacy,
	console: consoleMessages,
	account,
	email,
	auth,
	shell,
	ui,
	public: publicPages,
	apply,
	mates,
	stories,
	search,
	forum,
	forumExtras,
	credentials,
	symbols,
	notifications,
	moderation
};
