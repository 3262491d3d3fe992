-- A password that must be changed at the next sign-in (the first admin's generated one-time
-- password), and when a password stops working (the one-time password after 24 h; null: never).
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN password_expires_at TIMESTAMP WITH TIME ZONE;
