// Package server runs TalentBridge's HTTP server: timeouts, the middleware
// every response passes through (request log, panic recovery, security
// headers) and a bounded graceful shutdown.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Timeouts of the http.Server. Writes allow for a large export; reads for a
// slow client uploading a bounded body.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 5 * time.Minute
	idleTimeout       = 2 * time.Minute

	// DefaultShutdownTimeout bounds how long Run waits for requests in flight.
	DefaultShutdownTimeout = 15 * time.Second
)

// Config says where and how to serve.
type Config struct {
	// Addr is the TCP address to listen on, such as "127.0.0.1:8080";
	// port 0 picks a free port (see Server.Addr).
	Addr string
	// ShutdownTimeout bounds the graceful shutdown (default
	// DefaultShutdownTimeout); requests still running then are cut off.
	ShutdownTimeout time.Duration
	// ContentSecurityPolicy overrides DefaultContentSecurityPolicy. A
	// handler may also set its own header per response.
	ContentSecurityPolicy string
}

// Server is an HTTP server for one handler.
type Server struct {
	cfg Config
	srv *http.Server
	log *slog.Logger
	ln  net.Listener
}

// New returns a server for h, wrapped in the middleware. It does not listen
// yet.
func New(cfg Config, h http.Handler, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.ContentSecurityPolicy == "" {
		cfg.ContentSecurityPolicy = DefaultContentSecurityPolicy
	}
	s := &Server{cfg: cfg, log: log}
	s.srv = &http.Server{
		Handler:           Wrap(h, cfg.ContentSecurityPolicy, log),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return s
}

// Listen binds the address, so that the caller can learn it (Addr) before
// Run. Run calls it when it has not been called.
func (s *Server) Listen() error {
	if s.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	return nil
}

// Addr is the address listened on ("" before Listen).
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Run serves until ctx is cancelled, then stops accepting connections and
// waits up to the shutdown timeout for requests in flight. It returns nil
// after a clean shutdown.
func (s *Server) Run(ctx context.Context) error {
	if err := s.Listen(); err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- s.srv.Serve(s.ln) }()
	s.log.Info("serving", "addr", s.Addr())

	select {
	case err := <-served:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}

	s.log.Info("shutting down", "timeout", s.cfg.ShutdownTimeout)
	// The shutdown gets its own deadline: ctx is already cancelled.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	err := s.srv.Shutdown(sctx)
	if err != nil {
		err = errors.Join(fmt.Errorf("server: graceful shutdown: %w", err), s.srv.Close())
	}
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}
