package fakeslack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Envelope is one socket-mode message from Slack to the app, in the wire
// shape Slack uses.
type Envelope struct {
	EnvelopeID             string          `json:"envelope_id"`
	Type                   string          `json:"type"` // events_api, slash_commands, interactive
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`
}

// Ack is one acknowledgement received from the app.
type Ack struct {
	EnvelopeID string
	Payload    json.RawMessage // nil when the ack carried none
	At         time.Time
	// Latency is the time from writing the envelope to reading its ack;
	// zero for an ack of an envelope this server did not send.
	Latency time.Duration
	// Conn is the id of the connection the ack came on (see SendOn).
	Conn int
}

// conn is one accepted websocket.
type conn struct {
	id   int // 1 for the first connection accepted, 2 for the next…
	ws   *websocket.Conn
	wmu  sync.Mutex // serialises data frames
	once sync.Once
	done chan struct{}
}

func (c *conn) write(b []byte) error { return c.writeThen(b, nil) }

// writeThen writes b, calling before (if set) once the connection is
// ours, just before the frame goes out.
func (c *conn) writeThen(b []byte, before func()) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if before != nil {
		before()
	}
	_ = c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

func (c *conn) close() {
	c.once.Do(func() {
		close(c.done)
		_ = c.ws.Close()
	})
}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered
	}
	c := &conn{ws: ws, done: make(chan struct{})}
	defer c.close()
	hello, _ := json.Marshal(map[string]any{
		"type":            "hello",
		"num_connections": 1,
		"debug_info": map[string]any{
			"host": "fakeslack", "build_number": 1, "approximate_connection_time": 18060,
		},
		"connection_info": map[string]any{"app_id": "AFAKE0001"},
	})
	if err := c.write(hello); err != nil {
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.opened++
	c.id = s.opened
	s.live = append(s.live, c)
	s.notifyLocked()
	s.mu.Unlock()
	defer s.unregister(c)

	go func() { // Slack keeps the link alive with PING frames
		t := time.NewTicker(s.opts.PingInterval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				if err := c.ws.WriteControl(websocket.PingMessage, []byte("fakeslack"), time.Now().Add(5*time.Second)); err != nil {
					c.close()
					return
				}
			case <-c.done:
				return
			case <-s.done:
				return
			}
		}
	}()

	for {
		_, b, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var a struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(b, &a) != nil || a.EnvelopeID == "" {
			continue // not an ack; Slack ignores it too
		}
		s.recordAck(c.id, a.EnvelopeID, a.Payload)
	}
}

func (s *Server) unregister(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, l := range s.live {
		if l == c {
			s.live = append(s.live[:i], s.live[i+1:]...)
			s.notifyLocked()
			break
		}
	}
}

func (s *Server) recordAck(connID int, id string, payload json.RawMessage) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	a := Ack{EnvelopeID: id, At: now, Conn: connID}
	if len(payload) > 0 && string(payload) != "null" {
		a.Payload = payload
	}
	if se, ok := s.sent[id]; ok {
		a.Latency = now.Sub(se.at)
	}
	s.acks = append(s.acks, a)
	s.notifyLocked()
}

// ErrClosed is returned by Send after Close.
var ErrClosed = errors.New("fakeslack: server closed")

// Send delivers env on a live socket connection, waiting for one if there
// is none (for example during a reconnect), until ctx ends. A connection
// that drops mid-write is left and the next one is tried.
func (s *Server) Send(ctx context.Context, env Envelope) error {
	b, err := json.Marshal(env)
	if err != nil {
		return fmt.Errorf("fakeslack: encoding envelope: %w", err)
	}
	return s.send(ctx, env, b)
}

// SendRaw writes b as one text frame on a live connection, as is: for
// malformed or unknown envelopes.
func (s *Server) SendRaw(ctx context.Context, b []byte) error {
	var env Envelope
	_ = json.Unmarshal(b, &env)
	return s.send(ctx, env, b)
}

func (s *Server) send(ctx context.Context, env Envelope, b []byte) error {
	return s.sendOn(ctx, 0, env, b)
}

// SendOn delivers env on the live connection with the given id (1 for the
// first connection accepted, 2 for the next, and so on; Ack.Conn says which
// one an ack came on), as Slack does when it picks one of an app's
// connections: for tests with several replicas. It fails at once if that
// connection is not live.
func (s *Server) SendOn(ctx context.Context, connID int, env Envelope) error {
	if connID <= 0 {
		return fmt.Errorf("fakeslack: connection id %d: ids start at 1", connID)
	}
	b, err := json.Marshal(env)
	if err != nil {
		return fmt.Errorf("fakeslack: encoding envelope: %w", err)
	}
	return s.sendOn(ctx, connID, env, b)
}

// LiveConns returns the ids of the live connections, oldest first.
func (s *Server) LiveConns() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]int, len(s.live))
	for i, c := range s.live {
		ids[i] = c.id
	}
	return ids
}

// errNotLive is returned by SendOn for a connection that is not live.
var errNotLive = errors.New("fakeslack: connection not live")

// sendOn writes b on connection connID, or (connID 0) on any live one,
// waiting for one and moving on from one that fails.
func (s *Server) sendOn(ctx context.Context, connID int, env Envelope, b []byte) error {
	for {
		var c *conn
		notLive := false
		err := s.Wait(ctx, func(st State) bool {
			if st.s.closed {
				return true
			}
			if connID > 0 {
				for _, l := range st.s.live {
					if l.id == connID {
						c = l
						return true
					}
				}
				notLive = true
				return true
			}
			if len(st.s.live) > 0 {
				// Spread envelopes over connections as Slack does.
				c = st.s.live[int(st.s.nextLocked())%len(st.s.live)]
				return true
			}
			return false
		})
		if err != nil {
			return err
		}
		if notLive {
			return fmt.Errorf("%w: %d", errNotLive, connID)
		}
		if c == nil {
			return ErrClosed
		}
		stamp := func() {
			if env.EnvelopeID != "" {
				s.mu.Lock()
				s.sent[env.EnvelopeID] = sentEnvelope{at: time.Now(), env: env}
				s.mu.Unlock()
			}
		}
		if err := c.writeThen(b, stamp); err != nil {
			c.close()
			s.unregister(c)
			if connID > 0 {
				return fmt.Errorf("%w: %d: %w", errNotLive, connID, err)
			}
			continue
		}
		if s.opts.Redeliver > 0 && env.EnvelopeID != "" && env.RetryAttempt < 3 {
			time.AfterFunc(s.opts.Redeliver, func() { s.redeliver(env) })
		}
		return nil
	}
}

func (s *Server) redeliver(env Envelope) {
	s.mu.Lock()
	acked := s.ackedLocked(env.EnvelopeID)
	closed := s.closed
	s.mu.Unlock()
	if acked || closed {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = s.Send(ctx, s.Retry(env, env.RetryAttempt+1))
}

// Retry returns env as Slack redelivers it: a new envelope_id, the same
// payload (and so the same event_id), retry_attempt set to attempt and
// retry_reason "timeout".
func (s *Server) Retry(env Envelope, attempt int) Envelope {
	env.EnvelopeID = fmt.Sprintf("env-%d", s.next())
	env.RetryAttempt = attempt
	env.RetryReason = "timeout"
	return env
}

// Disconnect sends {"type":"disconnect","reason":reason} on every live
// connection and stops delivering envelopes on them, as Slack does before a
// refresh ("refresh_requested", "warning", "link_disabled"). slack-go then
// calls apps.connections.open again and opens a new connection; wait for it
// with WaitConnections.
func (s *Server) Disconnect(reason string) {
	s.mu.Lock()
	live := s.live
	s.live = nil
	s.notifyLocked()
	s.mu.Unlock()
	b, _ := json.Marshal(map[string]any{
		"type": "disconnect", "reason": reason,
		"debug_info": map[string]any{"host": "fakeslack"},
	})
	for _, c := range live {
		_ = c.write(b)
		go func() { // Slack closes the link shortly after
			select {
			case <-time.After(5 * time.Second):
			case <-c.done:
			}
			c.close()
		}()
	}
}

// Drop closes every live connection abruptly, without a disconnect
// message, as a network failure would.
func (s *Server) Drop() {
	s.mu.Lock()
	live := s.live
	s.live = nil
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range live {
		c.close()
	}
}

// WaitConnections waits until at least n websocket connections have been
// accepted in all and one is live.
func (s *Server) WaitConnections(ctx context.Context, n int) error {
	return s.Wait(ctx, func(st State) bool { return st.Connections() >= n && st.Live() > 0 })
}

// Acks returns every ack received, in arrival order.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

func (s *Server) ackedLocked(id string) bool {
	for i := len(s.acks) - 1; i >= 0; i-- {
		if s.acks[i].EnvelopeID == id {
			return true
		}
	}
	return false
}

// WaitAck waits for the ack of envelopeID and returns it.
func (s *Server) WaitAck(ctx context.Context, envelopeID string) (Ack, error) {
	var a Ack
	err := s.Wait(ctx, func(st State) bool {
		for _, x := range st.s.acks {
			if x.EnvelopeID == envelopeID {
				a = x
				return true
			}
		}
		return false
	})
	return a, err
}

// Deliver sends env and waits for its ack: what every test that drives the
// bot one envelope at a time does. It fails when the send fails or ctx ends
// before the ack arrives.
func (s *Server) Deliver(ctx context.Context, env Envelope) (Ack, error) {
	if err := s.Send(ctx, env); err != nil {
		return Ack{}, fmt.Errorf("send envelope %s: %w", env.EnvelopeID, err)
	}
	a, err := s.WaitAck(ctx, env.EnvelopeID)
	if err != nil {
		return Ack{}, fmt.Errorf("envelope %s never acked: %w", env.EnvelopeID, err)
	}
	return a, nil
}

// AckLatencies returns the latencies of the acks of envelopes this server
// sent, sorted ascending.
func (s *Server) AckLatencies() []time.Duration {
	s.mu.Lock()
	var d []time.Duration
	for _, a := range s.acks {
		if a.Latency > 0 {
			d = append(d, a.Latency)
		}
	}
	s.mu.Unlock()
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d
}

// Percentile returns the p-th percentile (0–100) of sorted durations, or
// zero for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted)-1) * p / 100)
	return sorted[i]
}

// Acked reports whether envelopeID has been acked.
func (s *Server) Acked(envelopeID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ackedLocked(envelopeID)
}
