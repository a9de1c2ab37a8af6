//! Paging for every list that can grow: one page size, one bound on `?page=`, one pager
//! template (`templates/pager.html`).

use serde::Deserialize;

/// Rows on one page of any list.
pub const PAGE_SIZE: i64 = 20;

/// The largest page number a query may ask for; anything else reads as page 1.
const MAX_PAGE: i64 = 1_000_000;

/// The query of a paged page: `?page=N`, and `?saved=1` after a save redirected here.
#[derive(Deserialize, Default)]
pub struct PageQuery {
    pub page: Option<String>,
    pub saved: Option<String>,
}

impl PageQuery {
    pub fn number(&self) -> i64 {
        Pager::number(self.page.as_deref())
    }
}

/// A page of a paged list, for the pager in the templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl Pager {
    /// The page a `?page=` asks for: 1 unless it is a whole number from 1 to a million.
    pub fn number(query: Option<&str>) -> i64 {
        query.and_then(|p| p.parse::<i64>().ok()).filter(|p| (1..=MAX_PAGE).contains(p)).unwrap_or(1)
    }

    /// Page `page` of `total` rows; a page past the end shows the last page.
    pub fn new(page: i64, total: i64) -> Pager {
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        Pager { page: page.clamp(1, pages), pages, total }
    }

    /// The first row of this page.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * PAGE_SIZE
    }

    pub fn limit(&self) -> i64 {
        PAGE_SIZE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_bounded() {
        assert_eq!(Pager::number(Some("3")), 3);
        for bad in ["0", "-1", "1000001", "x", "", "1e3"] {
            assert_eq!(Pager::number(Some(bad)), 1, "{bad}");
        }
        assert_eq!(Pager::new(9, 45), Pager { page: 3, pages: 3, total: 45 });
        assert_eq!(Pager::new(1, 0).pages, 1);
        assert_eq!(Pager::new(2, 45).offset(), PAGE_SIZE);
    }
}
