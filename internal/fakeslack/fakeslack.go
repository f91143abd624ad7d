// Package fakeslack is a loopback Slack for storybot's tests and load tools:
// the socket-mode handshake (apps.connections.open, a websocket that says
// hello, sends PING frames, delivers envelopes and records acks), the Web API
// methods the bot calls (recorded, with Slack's own error codes), slash
// command response URLs, message metadata (kept from chat.postMessage and
// chat.update, shown by conversations.replies and conversations.history
// with include_all_metadata), and fault injection (HTTP 429 with
// Retry-After, HTTP 5xx, slow replies, connections cut after a post was
// made, disconnect requests, dropped connections).
//
// It is written for tests and tools only; it is not part of the server and
// listens on 127.0.0.1. Every method is safe for concurrent use.
package fakeslack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Default credentials and identities used when Options leaves them empty.
const (
	DefaultBotToken  = "xoxb-fake-bot-token-0000"
	DefaultAppToken  = "xapp-fake-app-token-0000"
	DefaultBotUserID = "UBOTSTORY"
	DefaultBotID     = "BBOTSTORY"
	DefaultTeamID    = "TFAKE0001"
)

// Options configure a Server. The zero value is usable.
type Options struct {
	BotToken  string // accepted by Web API methods; default DefaultBotToken
	AppToken  string // accepted by apps.connections.open; default DefaultAppToken
	BotUserID string // auth.test user_id; default DefaultBotUserID
	BotID     string // auth.test bot_id; default DefaultBotID
	TeamID    string // default DefaultTeamID

	// PingInterval is how often the websocket sends PING frames;
	// default 2s. slack-go drops a link that gets none for 30 s.
	PingInterval time.Duration

	// RefuseStreaming, when set, is the error chat.startStream,
	// chat.appendStream and chat.stopStream answer with, as Slack does in a
	// workspace or for an app that cannot stream: "unknown_method",
	// "not_allowed", "missing_scope"…
	RefuseStreaming string

	// Redeliver, when positive, makes the server redeliver an envelope that
	// is not acked within this time, as Slack does: same payload and
	// event_id, a new envelope_id, retry_attempt 1, 2, 3 and retry_reason
	// "timeout". Zero turns redelivery off.
	Redeliver time.Duration
}

// Server is a running loopback Slack. Create it with New and stop it with
// Close.
type Server struct {
	opts Options
	srv  *httptest.Server
	done chan struct{}

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced on every state change
	seq       int64         // ids and timestamps
	calls     []Call
	messages  []*Message
	acks      []Ack
	responses []Response
	sent      map[string]sentEnvelope // envelope id → when and what
	live      []*conn
	opened    int // websocket connections accepted so far
	faults    map[string]*fault
	closed    bool
}

type sentEnvelope struct {
	at  time.Time
	env Envelope
}

type fault struct {
	limited    int           // answer this many more calls with 429
	retryAfter time.Duration // Retry-After of those answers
	delay      time.Duration // delay every call by this much
	failed     int           // answer this many more calls with ok:false
	failCode   string        // the error code of those answers
	httpFailed int           // answer this many more calls with HTTP httpStatus, not acting
	httpStatus int
	cut        int // act on this many more calls, then drop the connection unanswered

	once       func(url.Values) bool // calls it picks fail once with onceStatus
	onceStatus int
	onceDone   map[string]bool // keys of the calls already failed
}

// New starts a Server on 127.0.0.1.
func New(opts Options) *Server {
	if opts.BotToken == "" {
		opts.BotToken = DefaultBotToken
	}
	if opts.AppToken == "" {
		opts.AppToken = DefaultAppToken
	}
	if opts.BotUserID == "" {
		opts.BotUserID = DefaultBotUserID
	}
	if opts.BotID == "" {
		opts.BotID = DefaultBotID
	}
	if opts.TeamID == "" {
		opts.TeamID = DefaultTeamID
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = 2 * time.Second
	}
	s := &Server{
		opts:    opts,
		done:    make(chan struct{}),
		changed: make(chan struct{}),
		sent:    make(map[string]sentEnvelope),
		faults:  make(map[string]*fault),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/{method}", s.serveAPI)
	mux.HandleFunc("/link/", s.serveSocket)
	mux.HandleFunc("/response/{id}", s.serveResponseURL)
	s.srv = httptest.NewServer(mux)
	return s
}

// Close closes every websocket and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.done)
	live := s.live
	s.live = nil
	s.mu.Unlock()
	for _, c := range live {
		c.close()
	}
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// URL returns the Web API base URL, ending in "/", for SLACK_API_URL or
// slack.OptionAPIURL.
func (s *Server) URL() string { return s.srv.URL + "/api/" }

// BotToken returns the bot token the server accepts.
func (s *Server) BotToken() string { return s.opts.BotToken }

// AppToken returns the app-level token the server accepts.
func (s *Server) AppToken() string { return s.opts.AppToken }

// BotUserID returns the bot's user id, as auth.test reports it.
func (s *Server) BotUserID() string { return s.opts.BotUserID }

// BotID returns the bot's bot id, as auth.test reports it.
func (s *Server) BotID() string { return s.opts.BotID }

// notifyLocked wakes every waiter. s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait blocks until cond, called with the server's state locked, returns
// true, or ctx ends (returning ctx's error). cond must not call the
// Server's methods; use the snapshot it is given.
func (s *Server) Wait(ctx context.Context, cond func(State) bool) error {
	for {
		s.mu.Lock()
		ok := cond(State{s: s})
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakeslack: waiting: %w", ctx.Err())
		}
	}
}

// State is a read-only view of the server for Wait conditions. It is valid
// only during the call to the condition.
type State struct{ s *Server }

// Messages returns how many messages (including ephemeral ones) the bot
// has posted.
func (st State) Messages() int { return len(st.s.botMessagesLocked()) }

// Acks returns how many acks have arrived.
func (st State) Acks() int { return len(st.s.acks) }

// Acked reports whether the envelope has been acked.
func (st State) Acked(envelopeID string) bool { return st.s.ackedLocked(envelopeID) }

// Calls returns how many calls of method have been made (all methods when
// method is "").
func (st State) Calls(method string) int { return len(st.s.callsLocked(method)) }

// Responses returns how many posts the response URLs have received.
func (st State) Responses() int { return len(st.s.responses) }

// Connections returns how many websocket connections have been accepted.
func (st State) Connections() int { return st.s.opened }

// Live returns how many websocket connections are open and taking envelopes.
func (st State) Live() int { return len(st.s.live) }

// nextLocked returns a fresh sequence number. s.mu must be held.
func (s *Server) nextLocked() int64 {
	s.seq++
	return s.seq
}

// next returns a fresh sequence number.
func (s *Server) next() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nextLocked()
}

// NewTS returns a fresh, increasing Slack message timestamp.
func (s *Server) NewTS() string { return tsOf(s.next()) }

func tsOf(n int64) string { return fmt.Sprintf("%d.%06d", 1700000000+n/1000000, n%1000000) }

// RateLimit makes the next n calls of method (e.g. "chat.postMessage")
// answer HTTP 429 with a Retry-After of retryAfter (rounded up to whole
// seconds, as Slack sends it; at least 1).
func (s *Server) RateLimit(method string, n int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faultLocked(method)
	f.limited = n
	f.retryAfter = retryAfter
}

// Delay makes every later call of method wait d before it is answered;
// zero removes the delay.
func (s *Server) Delay(method string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faultLocked(method).delay = d
}

// Fail makes the next n calls of method answer ok:false with Slack error
// code (e.g. "internal_error", "missing_scope").
func (s *Server) Fail(method string, n int, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faultLocked(method)
	f.failed = n
	f.failCode = code
}

// FailHTTP makes the next n calls of method answer HTTP status (e.g. 500,
// 503) with no JSON body, without acting on them, as Slack's front end
// does when a backend is down.
func (s *Server) FailHTTP(method string, n, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faultLocked(method)
	f.httpFailed = n
	f.httpStatus = status
}

// FailOnce makes each call of method that pick chooses answer HTTP status
// the first time, without acting; the same call repeated (same channel,
// thread_ts and metadata) then succeeds. A nil pick turns it off.
func (s *Server) FailOnce(method string, status int, pick func(args url.Values) bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faultLocked(method)
	f.once, f.onceStatus, f.onceDone = pick, status, map[string]bool{}
}

// CutAfterActing makes the next n calls of method act (a message is
// posted) and then drop the connection before any response is written:
// the caller cannot tell whether Slack acted.
func (s *Server) CutAfterActing(method string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faultLocked(method).cut = n
}

func (s *Server) faultLocked(method string) *fault {
	f := s.faults[method]
	if f == nil {
		f = &fault{}
		s.faults[method] = f
	}
	return f
}

// Response is one post to a slash command's response_url.
type Response struct {
	ID   string          // the id in the URL, from SlashCommand's envelope
	Body json.RawMessage // the JSON body as posted
	Text string          // its "text" field
	At   time.Time
}

// Responses returns every post the response URLs have received, in order.
func (s *Server) Responses() []Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Response(nil), s.responses...)
}

func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	var body json.RawMessage
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "invalid_payload", http.StatusBadRequest)
		return
	}
	var m struct {
		Text string `json:"text"`
	}
	_ = json.Unmarshal(body, &m)
	s.mu.Lock()
	s.responses = append(s.responses, Response{ID: r.PathValue("id"), Body: body, Text: m.Text, At: time.Now()})
	s.notifyLocked()
	s.mu.Unlock()
	w.Write([]byte("ok"))
}

// responseURL returns the response URL for a slash command with this id.
func (s *Server) responseURL(id string) string { return s.srv.URL + "/response/" + id }

// wsURL returns the socket URL apps.connections.open hands out.
func (s *Server) wsURL(ticket int64) string {
	return "ws" + strings.TrimPrefix(s.srv.URL, "http") + fmt.Sprintf("/link/?ticket=%d", ticket)
}

var upgrader = websocket.Upgrader{
	// slack-go dials with Origin: https://api.slack.com; accept any.
	CheckOrigin:     func(*http.Request) bool { return true },
	ReadBufferSize:  32 << 10,
	WriteBufferSize: 32 << 10,
}

// Posted returns copies of the messages the bot has posted, as
// Server.Messages does (which a Wait condition must not call).
func (st State) Posted() []Message { return copyMessages(st.s.botMessagesLocked()) }

// Texts returns what each message the bot has posted shows now (see
// Message.Shown), in posting order.
func (st State) Texts() []string {
	var out []string
	for _, m := range st.s.botMessagesLocked() {
		out = append(out, m.Shown())
	}
	return out
}

// Forget drops the recorded Web API calls, messages, response-URL posts
// and the copies of envelopes already acked, keeping acks, connections
// and faults: for long soak runs, where the fake's history would otherwise
// grow the process's memory. Call it only while no reply is in flight: a
// later chat.update of a forgotten message fails with message_not_found.
func (s *Server) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls, s.messages, s.responses = nil, nil, nil
	acked := make(map[string]bool, len(s.acks))
	for _, a := range s.acks {
		acked[a.EnvelopeID] = true
	}
	for id := range s.sent {
		if acked[id] {
			delete(s.sent, id)
		}
	}
	s.notifyLocked()
}
