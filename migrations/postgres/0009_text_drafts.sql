-- Edits to the texts of something readers can see (a published campaign, an open or closed
-- petition) are kept here until a coordinator publishes them: the public page changes only then.
CREATE TABLE campaign_texts_drafts (
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    call_md TEXT NOT NULL DEFAULT '',
    call_html TEXT NOT NULL DEFAULT '',
    share_text TEXT NOT NULL DEFAULT '',
    lead_org TEXT NOT NULL DEFAULT '',
    revision BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    PRIMARY KEY (campaign_id, lang)
);

CREATE TABLE petition_texts_drafts (
    petition_id BIGINT NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    revision BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    PRIMARY KEY (petition_id, lang)
);
