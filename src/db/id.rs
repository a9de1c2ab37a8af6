//! Row ids as types. A campaign id cannot be passed where a petition id is expected, and no
//! module outside the one that declares an id reads or builds its number: rows decode into ids
//! (sqlx), paths and forms parse into them (`FromStr`, serde), URLs and logs print them
//! (`Display`). The one door to the number is `RowId`, for the crypto module, which binds ids
//! into signed links and encrypted fields.

/// What crypto needs of an id: its number, and an id back from a number it signed or made.
pub trait RowId: Copy {
    fn to_raw(self) -> i64;
    fn from_raw(raw: i64) -> Self;
}

/// A path or form value that is not an id's one spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnId;

impl std::fmt::Display for NotAnId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not an id")
    }
}

impl std::error::Error for NotAnId {}

/// Declares an id type: `row_id!(/// doc, CampaignId);`
#[macro_export]
macro_rules! row_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type, serde::Serialize, serde::Deserialize)]
        #[sqlx(transparent)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                self.0.fmt(f)
            }
        }

        /// Only the one spelling `Display` writes: `01` and `+1` name no row, so every id has
        /// one URL.
        impl ::std::str::FromStr for $name {
            type Err = $crate::db::id::NotAnId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse::<i64>().ok().filter(|n| n.to_string() == s).map($name).ok_or($crate::db::id::NotAnId)
            }
        }

        impl $crate::db::RowId for $name {
            fn to_raw(self) -> i64 {
                self.0
            }
            fn from_raw(raw: i64) -> Self {
                $name(raw)
            }
        }
    };
}

/// Crypto's own tests sign and encrypt for bare numbers.
#[cfg(test)]
impl RowId for i64 {
    fn to_raw(self) -> i64 {
        self
    }
    fn from_raw(raw: i64) -> Self {
        raw
    }
}

/// Stores a closed set of values (a language, a status) as its text code. Reading a code that
/// is not in the set is an error that names the value, never a quiet default: a bad stored
/// status must not show a petition as a draft.
/// `stored_code!(Status, "petition status", Status::parse, Status::code);`
#[macro_export]
macro_rules! stored_code {
    ($ty:ty, $what:literal, $parse:path, $code:path) => {
        impl sqlx::Type<sqlx::Any> for $ty {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl sqlx::Encode<'_, sqlx::Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <String as sqlx::Encode<sqlx::Any>>::encode($code(*self).to_string(), buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $ty {
            fn decode(value: <sqlx::Any as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <String as sqlx::Decode<sqlx::Any>>::decode(value)?;
                $parse(&text).ok_or_else(|| format!("stored {} {text:?} is not one this version knows", $what).into())
            }
        }
    };
}
