import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who may do what with Mate credentials. Verifying is open to anyone and needs no question here. */
export const credentialsPolicy = {
	/** Rotating the signing key changes what every future credential is signed with: administrators. */
	canRotateKeys: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin'),
	/** A Mate downloads their own credentials (the service also checks the owner). */
	canDownloadOwn: (v: Viewer | null) => !!v && hasRole(v, 'mate'),
	/** The programme team lists issued credentials and revokes one (a Mate who leaves early). */
	canRevoke: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'programme-manager', 'admin'),
	/** What every PDF certificate shows under its signature line: administrators. */
	canConfigureCertificate: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin')
};
