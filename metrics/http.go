package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// shutdownGrace bounds how long Serve waits for in-flight scrapes once its
// context is done.
const shutdownGrace = 5 * time.Second

// Handler returns the operator endpoints:
//
//	GET /healthz  200 "ok" while healthy() is true, else 503
//	GET /metrics  the registry in Prometheus text format
//
// healthy is the probe, typically m.Connected or an atomic.Bool's Load set
// by the socket-mode event loop; nil means never healthy. A nil *Metrics
// serves an empty /metrics.
func (m *Metrics) Handler(healthy func() bool) http.Handler {
	reg := m.Registry()
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if healthy == nil || !healthy() {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "socket-mode connection down")
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		// Served errors go to the scraper, never to our logs: no logger.
		ErrorHandling: promhttp.ContinueOnError,
	}))
	return mux
}

// Server is an HTTP listener for Handler's endpoints, bound but not yet
// serving. Create it with Listen and run it with Serve.
type Server struct {
	ln  net.Listener
	srv *http.Server
}

// Listen binds addr (HEALTH_ADDR, e.g. "127.0.0.1:8080"; port 0 picks a
// free one) so that a taken or malformed address fails at startup, before
// the bot connects to Slack. It serves nothing until Serve is called.
func Listen(addr string, h http.Handler) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("health listener on %s: %w", addr, err)
	}
	return &Server{
		ln: ln,
		srv: &http.Server{
			Handler:           h,
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       10 * time.Second,
			WriteTimeout:      30 * time.Second,
			IdleTimeout:       60 * time.Second,
		},
	}, nil
}

// Addr returns the bound address, with the real port when 0 was asked for.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve serves until ctx is done, then shuts down, letting in-flight
// requests finish for up to 5 s. It returns nil after a shutdown caused by
// ctx, or the error that stopped the listener otherwise. Call it once.
func (s *Server) Serve(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("health listener: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := s.srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("health listener shutdown: %w", err)
	}
	return nil
}

// Serve listens on addr and serves h until ctx is done; it is Listen
// followed by Server.Serve. It fails at once if addr cannot be bound.
func Serve(ctx context.Context, addr string, h http.Handler) error {
	s, err := Listen(addr, h)
	if err != nil {
		return err
	}
	return s.Serve(ctx)
}
