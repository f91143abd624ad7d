package fakeslack

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
)

// Chunk is one chunk streamed into a message with chat.startStream,
// chat.appendStream or chat.stopStream, as Slack documents them:
// markdown_text (Text), task_update (ID, Title, Status, Details, Output),
// plan_update (Title) or blocks (Blocks).
type Chunk struct {
	Method  string `json:"-"` // the call that carried it
	Type    string `json:"type"`
	Text    string `json:"text,omitempty"`
	ID      string `json:"id,omitempty"`
	Title   string `json:"title,omitempty"`
	Status  string `json:"status,omitempty"`
	Details string `json:"details,omitempty"`
	Output  string `json:"output,omitempty"`

	Blocks json.RawMessage `json:"blocks,omitempty"`
}

// Limits of the streaming methods.
const (
	maxMarkdownText    = 12000
	maxLoadingMessages = 10
)

// taskStatuses are a task_update's allowed statuses.
var taskStatuses = map[string]bool{"": true, "pending": true, "in_progress": true, "complete": true, "error": true}

// LoadingMessages returns the loading_messages of an
// assistant.threads.setStatus call: a JSON array, or the comma-separated
// list slack-go sends.
func LoadingMessages(args url.Values) []string {
	v := args.Get("loading_messages")
	if v == "" {
		return nil
	}
	var list []string
	if json.Unmarshal([]byte(v), &list) == nil {
		return list
	}
	return strings.Split(v, ",")
}

// stream serves chat.startStream, chat.appendStream and chat.stopStream.
func (s *Server) stream(method string, args url.Values) (map[string]any, apiError) {
	if s.opts.RefuseStreaming != "" {
		return nil, apiError(s.opts.RefuseStreaming)
	}
	channel := args.Get("channel")
	if channel == "" {
		return nil, "channel_not_found"
	}
	chunks, err := streamChunks(method, args)
	if err != "" {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if method == "chat.startStream" {
		return s.startStreamLocked(channel, args, chunks)
	}
	var m *Message
	for _, old := range s.messages {
		if old.posted && old.Channel == channel && old.TS == args.Get("ts") {
			m = old
		}
	}
	if m == nil {
		return nil, "message_not_found"
	}
	if m.Stream != "streaming" {
		return nil, "message_not_in_streaming_state"
	}
	if method == "chat.appendStream" && len(chunks) == 0 {
		return nil, "no_text"
	}
	if method == "chat.stopStream" {
		if b := args.Get("blocks"); b != "" {
			if err := checkBlocks(b); err != "" {
				return nil, err
			}
			m.Blocks = json.RawMessage(b)
		}
		m.Stream = "stopped"
	}
	m.addChunks(chunks)
	s.notifyLocked()
	return map[string]any{"channel": m.Channel, "ts": m.TS}, ""
}

// startStreamLocked starts a streamed reply. Slack streams only replies in
// a thread, and outside direct messages it needs the recipient.
func (s *Server) startStreamLocked(channel string, args url.Values, chunks []Chunk) (map[string]any, apiError) {
	m := &Message{
		Channel: channel, ThreadTS: args.Get("thread_ts"), User: s.opts.BotUserID, BotID: s.opts.BotID,
		At: time.Now(), posted: true, Stream: "streaming",
		RecipientUser: args.Get("recipient_user_id"), RecipientTeam: args.Get("recipient_team_id"),
		TaskDisplayMode: args.Get("task_display_mode"),
	}
	switch {
	case m.ThreadTS == "":
		return nil, "invalid_arguments"
	case !strings.HasPrefix(channel, "D") && m.RecipientUser == "":
		return nil, "missing_recipient_user_id"
	case !strings.HasPrefix(channel, "D") && m.RecipientTeam == "":
		return nil, "missing_recipient_team_id"
	case m.TaskDisplayMode != "" && m.TaskDisplayMode != "timeline" && m.TaskDisplayMode != "plan":
		return nil, "invalid_arguments"
	}
	m.TS = tsOf(s.nextLocked())
	m.addChunks(chunks)
	s.messages = append(s.messages, m)
	s.notifyLocked()
	return map[string]any{"channel": m.Channel, "ts": m.TS}, ""
}

// addChunks appends chunks to m, its markdown to its text.
func (m *Message) addChunks(chunks []Chunk) {
	for _, c := range chunks {
		if c.Type == "markdown_text" {
			m.Text += c.Text
		}
		m.Chunks = append(m.Chunks, c)
	}
}

// streamChunks reads a streaming call's markdown_text or chunks (not
// both), validated as Slack documents them.
func streamChunks(method string, args url.Values) ([]Chunk, apiError) {
	md, raw := args.Get("markdown_text"), args.Get("chunks")
	if md != "" && raw != "" {
		return nil, "invalid_arguments"
	}
	if md != "" {
		if len([]rune(md)) > maxMarkdownText {
			return nil, "msg_too_long"
		}
		return []Chunk{{Method: method, Type: "markdown_text", Text: md}}, ""
	}
	if raw == "" {
		return nil, ""
	}
	var chunks []Chunk
	if json.Unmarshal([]byte(raw), &chunks) != nil {
		return nil, "invalid_chunks"
	}
	for i := range chunks {
		c := &chunks[i]
		c.Method = method
		switch c.Type {
		case "markdown_text":
			if c.Text == "" {
				return nil, "invalid_chunks"
			}
			if len([]rune(c.Text)) > maxMarkdownText {
				return nil, "msg_too_long"
			}
		case "task_update":
			if c.ID == "" || c.Title == "" || !taskStatuses[c.Status] {
				return nil, "invalid_chunks"
			}
		case "plan_update":
			if c.Title == "" {
				return nil, "invalid_chunks"
			}
		case "blocks":
			if err := checkBlocks(string(c.Blocks)); err != "" {
				return nil, err
			}
		default:
			return nil, "invalid_chunks"
		}
	}
	return chunks, ""
}

// Shown is what a message shows a reader: its text and, for a streamed
// message, the text of the blocks chat.stopStream put under it (passages,
// context lines), so that tests can look for an answer's parts whichever
// way it was delivered.
func (m Message) Shown() string {
	if m.Stream == "" || m.Blocks == nil {
		return m.Text
	}
	var blocks []struct {
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Text string `json:"text"`
		} `json:"elements"`
	}
	_ = json.Unmarshal(m.Blocks, &blocks)
	parts := []string{m.Text}
	for _, b := range blocks {
		if b.Text != nil {
			parts = append(parts, b.Text.Text)
		}
		for _, e := range b.Elements {
			if e.Text != "" {
				parts = append(parts, e.Text)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}
