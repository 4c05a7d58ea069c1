package app

import (
	"context"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// actorKey keys the request's caller and address in a context.
type actorKey struct{}

type requestActor struct {
	caller policy.Caller
	addr   string
}

// WithCaller attaches who makes a request and from which address, so that
// the use cases that take no caller (writes by the admin, exports) can
// still name them in the audit log. Transports call it once per request;
// the command line names itself with the address "cli".
func WithCaller(ctx context.Context, c policy.Caller, addr string) context.Context {
	return context.WithValue(ctx, actorKey{}, requestActor{caller: c, addr: addr})
}

// actorOf returns the actor of the request in ctx, or an unknown one.
func actorOf(ctx context.Context) model.Actor {
	ra, ok := ctx.Value(actorKey{}).(requestActor)
	if !ok {
		return model.Actor{Role: "unknown"}
	}
	return actorFor(ra.caller, ra.addr)
}

// addrOf returns the address of the request in ctx.
func addrOf(ctx context.Context) string {
	ra, _ := ctx.Value(actorKey{}).(requestActor)
	return ra.addr
}

func actorFor(c policy.Caller, addr string) model.Actor {
	return model.Actor{UserID: c.UserID, Role: c.Role, Addr: addr}
}
