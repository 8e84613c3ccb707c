-- Pruning the token registry (issue 28): a family is kept until nothing can use it, a day after its refresh
-- token expires (TokenFamily.unusableFrom, decided in core); from then on it may be deleted. The column
-- holds that instant so that pruning is one indexed DELETE; rows written before it get it from their document.

ALTER TABLE token_family ADD COLUMN unusable_from timestamptz;
UPDATE token_family SET unusable_from = (document::jsonb ->> 'refreshExpiresAt')::timestamptz + interval '1 day';
ALTER TABLE token_family ALTER COLUMN unusable_from SET NOT NULL;
CREATE INDEX token_family_unusable_from ON token_family (unusable_from);
