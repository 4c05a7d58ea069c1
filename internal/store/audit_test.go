package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// TestAuditAppendOnly: entries go in and come out filtered, and the
// database itself refuses to change or remove them.
func TestAuditAppendOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		entries := []*model.AuditEntry{
			{Actor: model.Actor{UserID: 1, Role: "admin", Addr: "192.0.2.1"}, Action: "signin.success", ObjectType: "user", ObjectID: 1},
			{Actor: model.Actor{UserID: 2, Role: "coordinator"}, Action: "expert.view", ObjectType: "expert", ObjectID: 9,
				Detail: map[string]any{"fields": []any{"email"}}},
			{Actor: model.Actor{Role: "anonymous"}, Action: "signin.failure"},
		}
		for _, e := range entries {
			if err := db.AppendAudit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			name string
			f    store.AuditFilter
			want int
		}{
			{"all", store.AuditFilter{Limit: 10}, 3},
			{"actor", store.AuditFilter{ActorUserID: 2, Limit: 10}, 1},
			{"action prefix", store.AuditFilter{Action: "signin.", Limit: 10}, 2},
			{"action", store.AuditFilter{Action: "signin.failure", Limit: 10}, 1},
			{"object", store.AuditFilter{ObjectType: "expert", ObjectID: 9, Limit: 10}, 1},
			{"after", store.AuditFilter{AfterID: entries[0].ID, Limit: 10}, 2},
			{"until", store.AuditFilter{Until: entries[0].At, Limit: 10}, 0},
			{"since", store.AuditFilter{Since: time.Now().Add(time.Hour), Limit: 10}, 0},
		}
		for _, tt := range tests {
			got, err := db.Audit(ctx, tt.f)
			if err != nil || len(got) != tt.want {
				t.Errorf("%s: %d entries, %v; want %d", tt.name, len(got), err, tt.want)
			}
		}
		got, _ := db.Audit(ctx, store.AuditFilter{ObjectID: 9, Limit: 1})
		if len(got) != 1 || got[0].Detail["fields"] == nil || got[0].Actor.Role != "coordinator" {
			t.Errorf("entry read back = %+v", got)
		}
		for _, q := range []string{"UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log", "UPDATE audit_log SET addr = '' WHERE id = 1"} {
			if err := store.ExecForTest(ctx, db, q); err == nil {
				t.Errorf("%q was allowed", q)
			}
		}
		if db.Dialect() == store.DialectPostgres {
			if err := store.ExecForTest(ctx, db, "TRUNCATE audit_log"); err == nil {
				t.Error("TRUNCATE was allowed")
			}
		}
		if got, _ := db.Audit(ctx, store.AuditFilter{Limit: 10}); len(got) != 3 || got[0].Action != "signin.success" {
			t.Errorf("the log changed: %+v", got)
		}
	})
}

// TestAccountsStore covers users, sessions and tokens.
func TestAccountsStore(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		u := &model.User{Login: "a@example.org", Role: "org_editor", OrgIDs: []string{"msu", "pku"}, PasswordHash: "h"}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateUser(ctx, u) }); err != nil {
			t.Fatal(err)
		}
		dup := &model.User{Login: "a@example.org", Role: "admin", PasswordHash: "h"}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateUser(ctx, dup) }); !errors.Is(err, model.ErrConflict) {
			t.Errorf("duplicate login: %v", err)
		}
		got, err := db.UserByLogin(ctx, "a@example.org")
		if err != nil || got.ID != u.ID || len(got.OrgIDs) != 2 || got.Disabled {
			t.Fatalf("UserByLogin = %+v, %v", got, err)
		}
		at := time.Now().UTC().Truncate(time.Second)
		s := store.Session{UserID: u.ID, CreatedAt: at, LastSeen: at, ExpiresAt: at.Add(time.Hour), Addr: "192.0.2.9"}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateSession(ctx, "hash1", s) }); err != nil {
			t.Fatal(err)
		}
		gs, gu, err := db.SessionByHash(ctx, "hash1")
		if err != nil || gu.ID != u.ID || !gs.ExpiresAt.Equal(s.ExpiresAt) {
			t.Fatalf("SessionByHash = %+v %+v, %v", gs, gu, err)
		}
		tok := &model.APIToken{UserID: u.ID, Name: "ci", Scopes: []string{"read", "write"}}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateAPIToken(ctx, tok, "thash") }); err != nil {
			t.Fatal(err)
		}
		gt, _, err := db.APITokenByHash(ctx, "thash")
		if err != nil || gt.ID != tok.ID || len(gt.Scopes) != 2 || gt.LastUsedAt != nil {
			t.Fatalf("APITokenByHash = %+v, %v", gt, err)
		}
		n, err := func() (int64, error) {
			var n int64
			err := db.InTx(ctx, func(tx *store.Tx) error {
				var err error
				n, err = tx.DeleteStaleSessions(ctx, at.Add(2*time.Hour), at.Add(-time.Minute))
				return err
			})
			return n, err
		}()
		if err != nil || n != 1 {
			t.Errorf("DeleteStaleSessions = %d, %v", n, err)
		}
	})
}
