package fakeslack

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Call is one Web API call as the server received it. The token is never
// recorded.
type Call struct {
	Method string     // e.g. "chat.postMessage"
	Args   url.Values // form fields, or top-level JSON fields (non-strings JSON-encoded)
	At     time.Time
	Status int    // HTTP status answered
	Error  string // Slack error code answered, "" when ok
}

// Message is one message in the fake workspace: posted by the bot
// (chat.postMessage, chat.postEphemeral) or by a user through an event
// built with this package.
type Message struct {
	Channel   string
	TS        string
	ThreadTS  string // "" for a top-level message
	User      string // the author
	BotID     string // set for the bot's messages
	Text      string
	Blocks    json.RawMessage // as posted; nil when none
	Ephemeral string          // the user an ephemeral message was shown to
	Updates   []string        // texts of earlier versions, oldest first, after chat.update
	Metadata  json.RawMessage // message metadata ({"event_type","event_payload"}) as posted; nil when none
	At        time.Time

	// A message started with chat.startStream: its Text is the markdown
	// streamed so far, Blocks what chat.stopStream put at its bottom.
	Stream          string  // "", "streaming" or "stopped"
	Chunks          []Chunk // every chunk streamed into it, in order
	RecipientUser   string  // recipient_user_id given to chat.startStream
	RecipientTeam   string  // recipient_team_id given to chat.startStream
	TaskDisplayMode string  // task_display_mode given to chat.startStream

	posted bool // through the Web API, not built by an event helper
}

// Calls returns the recorded calls of method, in order; all calls when
// method is "".
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.callsLocked(method)...)
}

func (s *Server) callsLocked(method string) []Call {
	if method == "" {
		return s.calls
	}
	var out []Call
	for _, c := range s.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Messages returns copies of the messages the bot has posted (including
// ephemeral ones), in posting order, with their latest text and blocks.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return copyMessages(s.botMessagesLocked())
}

func copyMessages(ms []*Message) []Message {
	out := make([]Message, len(ms))
	for i, m := range ms {
		out[i] = *m
		out[i].Updates = append([]string(nil), m.Updates...)
		out[i].Chunks = append([]Chunk(nil), m.Chunks...)
	}
	return out
}

func (s *Server) botMessagesLocked() []*Message {
	var out []*Message
	for _, m := range s.messages {
		if m.posted {
			out = append(out, m)
		}
	}
	return out
}

// WaitMessages waits until the bot has posted at least n messages and
// returns them all.
func (s *Server) WaitMessages(ctx context.Context, n int) ([]Message, error) {
	var out []Message
	err := s.Wait(ctx, func(st State) bool {
		ms := st.s.botMessagesLocked()
		if len(ms) < n {
			return false
		}
		out = copyMessages(ms)
		return true
	})
	return out, err
}

// WaitResponses waits until the response URLs have received at least n
// posts and returns them all.
func (s *Server) WaitResponses(ctx context.Context, n int) ([]Response, error) {
	var out []Response
	err := s.Wait(ctx, func(st State) bool {
		if len(st.s.responses) < n {
			return false
		}
		out = append([]Response(nil), st.s.responses...)
		return true
	})
	return out, err
}

// AddMessage stores a user's message in the workspace (so that
// conversations.replies returns it) and returns it with its timestamp set
// if it had none. Event builders call it.
func (s *Server) AddMessage(m Message) Message {
	m.posted = false
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.TS == "" {
		m.TS = tsOf(s.nextLocked())
	}
	if m.At.IsZero() {
		m.At = time.Now()
	}
	for _, old := range s.messages {
		if old.Channel == m.Channel && old.TS == m.TS {
			return *old // the same message delivered twice
		}
	}
	s.messages = append(s.messages, &m)
	s.notifyLocked()
	return m
}

// apiError is a Slack error answer: HTTP 200 with ok false.
type apiError string

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	args, token := parseArgs(r)

	s.mu.Lock()
	var (
		status     = http.StatusOK
		retryAfter time.Duration
		delay      time.Duration
		failCode   apiError
		httpStatus int
		cut        bool
	)
	if f := s.faults[method]; f != nil {
		delay = f.delay
		if f.limited > 0 {
			f.limited--
			status = http.StatusTooManyRequests
			retryAfter = f.retryAfter
		} else if f.failed > 0 {
			f.failed--
			failCode = apiError(f.failCode)
		} else if f.httpFailed > 0 {
			f.httpFailed--
			httpStatus = f.httpStatus
		} else if f.cut > 0 {
			f.cut--
			cut = true
		} else if f.once != nil && f.once(args) {
			key := args.Get("channel") + "|" + args.Get("thread_ts") + "|" + args.Get("metadata")
			if !f.onceDone[key] {
				f.onceDone[key] = true
				httpStatus = f.onceStatus
			}
		}
	}
	s.mu.Unlock()

	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if status == http.StatusTooManyRequests {
		secs := max(1, int(math.Ceil(retryAfter.Seconds())))
		s.record(Call{Method: method, Args: args, At: time.Now(), Status: status, Error: "ratelimited"})
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		w.WriteHeader(status)
		return
	}

	if httpStatus != 0 {
		s.record(Call{Method: method, Args: args, At: time.Now(), Status: httpStatus})
		http.Error(w, http.StatusText(httpStatus), httpStatus)
		return
	}
	want := s.opts.BotToken
	if method == "apps.connections.open" {
		want = s.opts.AppToken
	}
	var (
		resp map[string]any
		err  apiError
	)
	switch {
	case token == "":
		err = "not_authed"
	case token != want:
		err = "invalid_auth"
	case failCode != "":
		err = failCode
	default:
		resp, err = s.handle(method, args)
	}
	c := Call{Method: method, Args: args, At: time.Now(), Status: status, Error: string(err)}
	if cut {
		c.Status, c.Error = 0, "connection cut"
		s.record(c)
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, herr := hj.Hijack(); herr == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // drops the connection as well
	}
	s.record(c)
	if err != "" {
		resp = map[string]any{"ok": false, "error": string(err)}
	} else {
		resp["ok"] = true
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(resp)
}

func (s *Server) record(c Call) {
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.notifyLocked()
	s.mu.Unlock()
}

// parseArgs reads form or JSON arguments and the token (Authorization
// header or the form's token field), which it removes from the arguments.
func parseArgs(r *http.Request) (url.Values, string) {
	args := url.Values{}
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		var m map[string]json.RawMessage
		if json.NewDecoder(r.Body).Decode(&m) == nil {
			for k, v := range m {
				var str string
				if json.Unmarshal(v, &str) == nil {
					args.Set(k, str)
				} else {
					args.Set(k, string(v))
				}
			}
		}
	} else if r.ParseForm() == nil {
		args = r.Form
	}
	if t := args.Get("token"); t != "" {
		token = t
	}
	args.Del("token")
	return args, token
}

// maxBlocks and maxSectionText are Slack's Block Kit limits the server
// enforces, so that a bot breaking them fails in tests as it would live.
const (
	maxBlocks      = 50
	maxSectionText = 3000
	maxText        = 40000
)

func (s *Server) handle(method string, args url.Values) (map[string]any, apiError) {
	switch method {
	case "auth.test":
		return map[string]any{
			"url": "https://fakeslack.invalid/", "team": "Fake Team", "user": "storybot",
			"team_id": s.opts.TeamID, "user_id": s.opts.BotUserID, "bot_id": s.opts.BotID,
		}, ""
	case "apps.connections.open":
		return map[string]any{"url": s.wsURL(s.next())}, ""
	case "chat.postMessage", "chat.postEphemeral":
		m, err := s.messageFrom(args)
		if err != "" {
			return nil, err
		}
		if method == "chat.postEphemeral" {
			if m.Ephemeral = args.Get("user"); m.Ephemeral == "" {
				return nil, "user_not_found"
			}
		}
		s.mu.Lock()
		m.TS = tsOf(s.nextLocked())
		s.messages = append(s.messages, m)
		s.notifyLocked()
		s.mu.Unlock()
		if method == "chat.postEphemeral" {
			return map[string]any{"message_ts": m.TS}, ""
		}
		return map[string]any{"channel": m.Channel, "ts": m.TS, "message": wireMessage(m)}, ""
	case "chat.update":
		upd, err := s.messageFrom(args)
		if err != "" {
			return nil, err
		}
		ts := args.Get("ts")
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, m := range s.messages {
			if m.Channel == upd.Channel && m.TS == ts && m.posted {
				m.Updates = append(m.Updates, m.Text)
				m.Text, m.Blocks = upd.Text, upd.Blocks
				if upd.Metadata != nil {
					m.Metadata = upd.Metadata
				}
				s.notifyLocked()
				return map[string]any{"channel": m.Channel, "ts": m.TS, "text": m.Text}, ""
			}
		}
		return nil, "message_not_found"
	case "conversations.replies":
		ch, ts := args.Get("channel"), args.Get("ts")
		s.mu.Lock()
		defer s.mu.Unlock()
		var thread []*Message
		for _, m := range s.messages {
			if m.Channel == ch && m.Ephemeral == "" && (m.TS == ts || m.ThreadTS == ts) {
				thread = append(thread, m)
			}
		}
		if len(thread) == 0 {
			return nil, "thread_not_found"
		}
		sort.SliceStable(thread, func(i, j int) bool { return thread[i].TS < thread[j].TS })
		withMeta := args.Get("include_all_metadata") == "1" || args.Get("include_all_metadata") == "true"
		out := make([]map[string]any, len(thread))
		for i, m := range thread {
			out[i] = wireMessage(m)
			if withMeta && m.Metadata != nil {
				out[i]["metadata"] = m.Metadata
			}
		}
		return map[string]any{"messages": out, "has_more": false}, ""
	case "conversations.history":
		ch, oldest := args.Get("channel"), args.Get("oldest")
		limit, _ := strconv.Atoi(args.Get("limit"))
		if limit <= 0 {
			limit = 100
		}
		withMeta := args.Get("include_all_metadata") == "1" || args.Get("include_all_metadata") == "true"
		s.mu.Lock()
		defer s.mu.Unlock()
		var top []*Message
		for _, m := range s.messages {
			if m.Channel == ch && m.Ephemeral == "" && (m.ThreadTS == "" || m.ThreadTS == m.TS) && (oldest == "" || tsBefore(oldest, m.TS)) {
				top = append(top, m)
			}
		}
		sort.SliceStable(top, func(i, j int) bool { return tsBefore(top[j].TS, top[i].TS) }) // newest first
		more := len(top) > limit
		if more {
			top = top[:limit]
		}
		out := make([]map[string]any, len(top))
		for i, m := range top {
			out[i] = wireMessage(m)
			if withMeta && m.Metadata != nil {
				out[i]["metadata"] = m.Metadata
			}
		}
		return map[string]any{"messages": out, "has_more": more}, ""
	case "views.publish":
		if args.Get("user_id") == "" || args.Get("view") == "" {
			return nil, "invalid_arguments"
		}
		if err := checkHomeView(args.Get("view")); err != "" {
			return nil, err
		}
		return map[string]any{"view": map[string]any{"id": fmt.Sprintf("V%d", s.next())}}, ""
	case "chat.startStream", "chat.appendStream", "chat.stopStream":
		return s.stream(method, args)
	case "assistant.threads.setStatus", "assistant.threads.setSuggestedPrompts", "assistant.threads.setTitle":
		if args.Get("channel_id") == "" || args.Get("thread_ts") == "" {
			return nil, "invalid_arguments"
		}
		if method == "assistant.threads.setStatus" && len(LoadingMessages(args)) > maxLoadingMessages {
			return nil, "invalid_arguments"
		}
		return map[string]any{}, ""
	case "users.info":
		u := args.Get("user")
		if u == "" {
			return nil, "user_not_found"
		}
		return map[string]any{"user": map[string]any{"id": u, "name": strings.ToLower(u), "real_name": "User " + u}}, ""
	}
	return nil, "unknown_method"
}

// maxHomeBlocks and maxHeaderText are Block Kit limits of a Home tab view.
const (
	maxHomeBlocks = 100
	maxHeaderText = 150
)

// checkHomeView validates a views.publish view as Slack does: a home view
// of at most 100 blocks, section texts within 3,000 characters, headers
// within 150.
func checkHomeView(view string) apiError {
	var v struct {
		Type   string           `json:"type"`
		Blocks []map[string]any `json:"blocks"`
	}
	if json.Unmarshal([]byte(view), &v) != nil || v.Type != "home" {
		return "invalid_arguments"
	}
	if len(v.Blocks) > maxHomeBlocks {
		return "invalid_blocks"
	}
	for _, bl := range v.Blocks {
		t, ok := bl["text"].(map[string]any)
		if !ok {
			continue
		}
		str, _ := t["text"].(string)
		limit := maxSectionText
		if bl["type"] == "header" {
			limit = maxHeaderText
		}
		if len([]rune(str)) > limit {
			return "invalid_blocks"
		}
	}
	return ""
}

// messageFrom validates chat.* arguments as Slack does.
func (s *Server) messageFrom(args url.Values) (*Message, apiError) {
	m := &Message{
		Channel:  args.Get("channel"),
		ThreadTS: args.Get("thread_ts"),
		Text:     args.Get("text"),
		User:     s.opts.BotUserID,
		BotID:    s.opts.BotID,
		At:       time.Now(),
		posted:   true,
	}
	if m.Channel == "" {
		return nil, "channel_not_found"
	}
	if b := args.Get("blocks"); b != "" {
		if err := checkBlocks(b); err != "" {
			return nil, err
		}
		m.Blocks = json.RawMessage(b)
	}
	if md := args.Get("metadata"); md != "" {
		var meta struct {
			EventType    string         `json:"event_type"`
			EventPayload map[string]any `json:"event_payload"`
		}
		if json.Unmarshal([]byte(md), &meta) != nil {
			return nil, "invalid_metadata_format"
		}
		if meta.EventType == "" || meta.EventPayload == nil {
			return nil, "invalid_metadata_schema"
		}
		m.Metadata = json.RawMessage(md)
	}
	if m.Text == "" && m.Blocks == nil {
		return nil, "no_text"
	}
	if len([]rune(m.Text)) > maxText {
		return nil, "msg_too_long"
	}
	return m, ""
}

// checkBlocks validates a message's blocks as Slack does: at most 50,
// section texts within 3,000 characters, and Slack's rules for the
// feedback_buttons element (only inside a context_actions block).
func checkBlocks(b string) apiError {
	var blocks []map[string]any
	if json.Unmarshal([]byte(b), &blocks) != nil || len(blocks) > maxBlocks {
		return "invalid_blocks"
	}
	for _, bl := range blocks {
		if t, ok := bl["text"].(map[string]any); ok {
			if str, _ := t["text"].(string); len([]rune(str)) > maxSectionText {
				return "invalid_blocks"
			}
		}
		els, _ := bl["elements"].([]any)
		if bl["type"] == "context_actions" && (len(els) == 0 || len(els) > 5) {
			return "invalid_blocks" // one to five elements
		}
		for _, e := range els {
			el, _ := e.(map[string]any)
			switch {
			case bl["type"] == "context_actions" && el["type"] != "feedback_buttons" && el["type"] != "icon_button":
				return "invalid_blocks"
			case el["type"] == "feedback_buttons" && (bl["type"] != "context_actions" || !feedbackButton(el["positive_button"]) || !feedbackButton(el["negative_button"])):
				return "invalid_blocks"
			}
		}
	}
	return ""
}

// feedbackButton reports whether v is a valid button of a feedback_buttons
// element: plain_text text, a value of at most 2,000 characters and an
// accessibility label, if any, of at most 75.
func feedbackButton(v any) bool {
	b, _ := v.(map[string]any)
	t, _ := b["text"].(map[string]any)
	text, _ := t["text"].(string)
	value, _ := b["value"].(string)
	label, _ := b["accessibility_label"].(string)
	return t["type"] == "plain_text" && text != "" && value != "" && len([]rune(value)) <= 2000 && len([]rune(label)) <= 75
}

func wireMessage(m *Message) map[string]any {
	w := map[string]any{"type": "message", "text": m.Text, "ts": m.TS, "user": m.User}
	if m.ThreadTS != "" {
		w["thread_ts"] = m.ThreadTS
	}
	if m.BotID != "" {
		w["bot_id"] = m.BotID
	}
	if m.Blocks != nil {
		w["blocks"] = m.Blocks
	}
	return w
}

// tsBefore reports whether Slack timestamp a is earlier than b.
func tsBefore(a, b string) bool {
	as, af, _ := strings.Cut(a, ".")
	bs, bf, _ := strings.Cut(b, ".")
	x, _ := strconv.ParseInt(as, 10, 64)
	y, _ := strconv.ParseInt(bs, 10, 64)
	if x != y {
		return x < y
	}
	return af < bf // six digits each
}
