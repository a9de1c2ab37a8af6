//! Staff identities and passwords.
//!
//! Passwords are hashed with Argon2id (the crate's defaults: 19 MiB, 2 passes), which costs
//! about 25 ms on this class of machine: fine for a sign-in, never used on a supporter's path.
//! Sign-in attempts are throttled per account, stored in the database so that the lock holds
//! across restarts and across several server processes.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

crate::row_id!(
    /// A staff account.
    StaffId
);

/// A sign-in name: 3 to 64 of `a-z 0-9 . _ -`, compared in lower case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Login(String);

impl Login {
    pub fn parse(input: &str) -> Result<Login, &'static str> {
        let value = input.trim().to_ascii_lowercase();
        if value.len() < 3 || value.len() > 64 {
            return Err("form-error-login");
        }
        if !value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-')) {
            return Err("form-error-login");
        }
        Ok(Login(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::row_id!(
    /// An organisation of the coalition. Declared here, with the staff accounts that may belong
    /// to one, because staff accounts sit below every capability (see ARCHITECTURE.md).
    OrganisationId
);

/// What a staff account is for. Coordinators and moderators serve the whole coalition; an
/// organisation's admin and staff serve their own organisation only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Coordinator,
    Moderator,
    OrgAdmin,
    OrgStaff,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Coordinator, Role::Moderator, Role::OrgAdmin, Role::OrgStaff];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Moderator => "moderator",
            Role::OrgAdmin => "org-admin",
            Role::OrgStaff => "org-staff",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether accounts of this role belong to an organisation (and must name one).
    pub fn of_organisation(self) -> bool {
        matches!(self, Role::OrgAdmin | Role::OrgStaff)
    }

    /// The Fluent id of the role's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Coordinator => "role-coordinator",
            Role::Moderator => "role-moderator",
            Role::OrgAdmin => "role-org-admin",
            Role::OrgStaff => "role-org-staff",
        }
    }
}

crate::stored_code!(Role, "staff role", Role::parse, Role::as_str);

/// Everything a staff member may be allowed to do. Who may do what is written once, in
/// [`may`], and copied in ARCHITECTURE.md ("Who may do what"); every staff route asks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Write campaigns, petitions and facts; publish; see the job queue.
    ManageCampaigns,
    /// Read and search every supporter of the campaigns (signatures, names, emails).
    ReadAllSupporters,
    /// Export every supporter of a petition.
    ExportAllSupporters,
    /// Approve or reject endorsements; hide comments.
    Moderate,
    /// Invite staff of any role, change roles, disable accounts; require two-factor sign-in.
    ManageAllStaff,
    /// Read the whole audit log.
    ReadAuditLog,
    /// Read and search the supporters who consented to one's own organisation.
    ReadOrgSupporters,
    /// Export them (sealed to the organisation's key when it registered one).
    ExportOrgSupporters,
    /// Invite and disable one's organisation's staff; register its public key; read its audit.
    ManageOrgStaff,
    /// Write one's organisation's partner page.
    EditOrgPage,
}

/// The one table of who may do what. Least privilege: reading supporters' personal data is
/// given only where the work needs it, and never across organisations.
pub fn may(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        Role::Coordinator => matches!(permission, ManageCampaigns | ReadAllSupporters | ExportAllSupporters | Moderate | ManageAllStaff | ReadAuditLog),
        Role::Moderator => matches!(permission, Moderate),
        Role::OrgAdmin => matches!(permission, ReadOrgSupporters | ExportOrgSupporters | ManageOrgStaff | EditOrgPage),
        Role::OrgStaff => matches!(permission, ReadOrgSupporters | EditOrgPage),
    }
}

/// A signed-in staff member, as the request handlers see them.
#[derive(Clone, Debug)]
pub struct Staff {
    pub id: StaffId,
    pub login: String,
    pub role: Role,
    /// The organisation an organisation's admin or staff belongs to; `None` for the coalition's.
    pub organisation: Option<OrganisationId>,
    /// Whether the account signs in with a second factor.
    pub two_factor: bool,
    /// The session's bearer token (from the cookie), the anchor of the CSRF token.
    pub session_token: String,
}

impl Staff {
    pub fn may(&self, permission: Permission) -> bool {
        may(self.role, permission)
    }

    /// `Ok` when allowed; a 403 page otherwise.
    pub fn require(&self, permission: Permission) -> Result<(), crate::error::AppError> {
        if self.may(permission) {
            Ok(())
        } else {
            tracing::info!(role = self.role.as_str(), ?permission, "refused a staff action the role does not allow");
            Err(crate::error::AppError::Forbidden)
        }
    }

    /// The organisation this account may act for, when `permission` is one of an
    /// organisation's: its own, never another.
    pub fn own_organisation(&self, permission: Permission) -> Result<OrganisationId, crate::error::AppError> {
        self.require(permission)?;
        self.organisation.ok_or(crate::error::AppError::Forbidden)
    }
}

/// The setting (`settings` table) coordinators turn on to require two-factor sign-in of every
/// account; "1" when on.
pub const REQUIRE_TWO_FACTOR: &str = "require_two_factor";

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 512;

/// A password someone chose: long enough, not absurdly long.
pub fn check_new_password(password: &str) -> Result<(), crate::text::Problem> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(crate::text::Problem { id: "form-error-password-short", count: Some(MIN_PASSWORD_CHARS as i64) });
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(crate::text::TextError::TooLong(MAX_PASSWORD_CHARS).into());
    }
    Ok(())
}

/// A password we generate: 20 characters from an alphabet without look-alikes (~115 bits).
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes = crate::crypto::random_bytes::<40>();
    bytes
        .iter()
        .filter(|b| usize::from(**b) < ALPHABET.len() * (256 / ALPHABET.len()))
        .take(20)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::encode_b64(&crate::crypto::random_bytes::<16>()).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))?
        .to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// Recovery codes are random (50 bits), not chosen by people: a light Argon2id (8 MiB, one
/// pass, ~5 ms) makes a leaked table worth nothing without any key, and survives key rotation
/// (a keyed index would die with the key that made it).
fn recovery_argon() -> Argon2<'static> {
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, argon2::Params::new(8 * 1024, 1, 1, None).expect("constant Argon2 parameters"))
}

pub fn hash_recovery_code(normalised: &str) -> anyhow::Result<String> {
    let salt = SaltString::encode_b64(&crate::crypto::random_bytes::<16>()).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(recovery_argon().hash_password(normalised.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("hashing a recovery code: {e}"))?.to_string())
}

pub fn verify_recovery_code(normalised: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| recovery_argon().verify_password(normalised.as_bytes(), &parsed).is_ok())
}

/// A hash to verify against when the account does not exist, so that the answer takes as long
/// either way and does not tell which sign-in names exist.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("not a real password, only for timing").expect("hashing a constant"))
}

/// Consecutive failures allowed before the account is locked for a while.
pub const FREE_ATTEMPTS: i64 = 5;

/// How long a sign-in name stays locked after `failures` consecutive failures: one minute after
/// the fifth, doubling with each further failure, at most an hour. `store::claim_attempt`
/// spells the same table out in SQL; a unit test there keeps the two in step.
pub fn lock_seconds(failures: i64) -> i64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(6) as u32;
    (60i64 << doublings).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins() {
        assert_eq!(Login::parse(" Coordinator ").unwrap().as_str(), "coordinator");
        assert!(Login::parse("ab").is_err());
        assert!(Login::parse("ali baba").is_err());
        assert!(Login::parse("علي").is_err());
        assert!(Login::parse(&"a".repeat(65)).is_err());
    }

    #[test]
    fn passwords() {
        let pw = generate_password();
        assert_eq!(pw.len(), 20);
        let hash = hash_password(&pw).unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&pw, &hash));
        assert!(!verify_password("wrong password!", &hash));
        assert!(!verify_password(&pw, "not a hash"));
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("long enough password").is_ok());
    }

    #[test]
    fn roles_round_trip_and_organisation_roles_read_no_one_elses_supporters() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
        for role in [Role::Moderator, Role::OrgAdmin, Role::OrgStaff] {
            assert!(!may(role, Permission::ReadAllSupporters) && !may(role, Permission::ExportAllSupporters), "{role:?}");
            assert!(!may(role, Permission::ManageCampaigns) && !may(role, Permission::ManageAllStaff), "{role:?}");
        }
        assert!(!may(Role::OrgStaff, Permission::ExportOrgSupporters), "exporting is the admin's");
        assert!(!may(Role::Coordinator, Permission::ReadOrgSupporters), "a partner's list is the partner's");
    }

    #[test]
    fn lock_grows_and_is_capped() {
        assert_eq!(lock_seconds(4), 0);
        assert_eq!(lock_seconds(5), 60);
        assert_eq!(lock_seconds(6), 120);
        assert_eq!(lock_seconds(50), 3600);
    }
}
