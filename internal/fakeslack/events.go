package fakeslack

import (
	"encoding/json"
	"fmt"
	"time"
)

// Event describes a message a user (or another bot) writes, for the event
// builders. Empty TS gets a fresh timestamp.
type Event struct {
	Channel     string // default "C0GENERAL" (mentions) or "D0DIRECT" (DMs)
	User        string // default "UHUMAN01"
	Text        string
	TS          string
	ThreadTS    string // set for a message inside a thread
	BotID       string // set for another bot's message
	Subtype     string // e.g. "bot_message", "message_changed"
	ChannelType string // message events: "im" (default), "channel", "group", "mpim"
}

func (s *Server) fill(e *Event, channel string) {
	if e.Channel == "" {
		e.Channel = channel
	}
	if e.User == "" && e.BotID == "" {
		e.User = "UHUMAN01"
	}
	if e.ChannelType == "" {
		e.ChannelType = "im"
	}
	m := s.AddMessage(Message{Channel: e.Channel, TS: e.TS, ThreadTS: e.ThreadTS, User: e.User, BotID: e.BotID, Text: e.Text})
	e.TS = m.TS
}

// AppMention returns an events_api envelope carrying an app_mention event,
// in the shape Slack sends (see shared/slack/payloads), and records the
// message in the workspace. The returned envelope's event has e's TS.
func (s *Server) AppMention(e Event) (Envelope, Event) {
	s.fill(&e, "C0GENERAL")
	inner := map[string]any{
		"client_msg_id": fmt.Sprintf("cm-%d", s.next()),
		"type":          "app_mention",
		"text":          e.Text,
		"user":          e.User,
		"ts":            e.TS,
		"team":          s.opts.TeamID,
		"channel":       e.Channel,
		"event_ts":      e.TS,
		"blocks":        richText(e.Text),
	}
	if e.ThreadTS != "" {
		inner["thread_ts"] = e.ThreadTS
	}
	if e.BotID != "" {
		inner["bot_id"] = e.BotID
	}
	return s.EventsAPI(inner), e
}

// MessageEvent returns an events_api envelope carrying a message event
// (message.im by default; set e.ChannelType for others) and records the
// message in the workspace.
func (s *Server) MessageEvent(e Event) (Envelope, Event) {
	ch := "D0DIRECT"
	if e.ChannelType != "" && e.ChannelType != "im" {
		ch = "C0GENERAL"
	}
	s.fill(&e, ch)
	inner := map[string]any{
		"type":         "message",
		"channel":      e.Channel,
		"text":         e.Text,
		"ts":           e.TS,
		"event_ts":     e.TS,
		"channel_type": e.ChannelType,
	}
	if e.User != "" {
		inner["user"] = e.User
	}
	if e.ThreadTS != "" {
		inner["thread_ts"] = e.ThreadTS
	}
	if e.BotID != "" {
		inner["bot_id"] = e.BotID
	}
	if e.Subtype != "" {
		inner["subtype"] = e.Subtype
	}
	return s.EventsAPI(inner), e
}

// EventsAPI wraps any inner event (app_home_opened,
// assistant_thread_started, …) in an event_callback payload and an
// events_api envelope with fresh envelope and event ids.
func (s *Server) EventsAPI(inner map[string]any) Envelope {
	n := s.next()
	typ, _ := inner["type"].(string)
	ch, _ := inner["channel"].(string)
	payload := map[string]any{
		"token":      "verification-token",
		"team_id":    s.opts.TeamID,
		"api_app_id": "AFAKE0001",
		"event":      inner,
		"type":       "event_callback",
		"event_id":   fmt.Sprintf("Ev%08d", n),
		"event_time": time.Now().Unix(),
		"authorizations": []map[string]any{{
			"enterprise_id": nil, "team_id": s.opts.TeamID, "user_id": s.opts.BotUserID,
			"is_bot": true, "is_enterprise_install": false,
		}},
		"is_ext_shared_channel": false,
		"event_context":         fmt.Sprintf("1-%s-%s-%s", typ, s.opts.TeamID, ch),
	}
	return Envelope{
		EnvelopeID: fmt.Sprintf("env-%d", n),
		Type:       "events_api",
		Payload:    mustJSON(payload),
	}
}

// SlashCommand describes a slash command invocation.
type SlashCommand struct {
	Command string // "/ask"
	Text    string
	User    string // default "UHUMAN01"
	Channel string // default "C0GENERAL"
}

// SlashCommand returns a slash_commands envelope in Slack's shape, whose
// response_url points at this server (see Responses).
func (s *Server) SlashCommand(c SlashCommand) Envelope {
	if c.User == "" {
		c.User = "UHUMAN01"
	}
	if c.Channel == "" {
		c.Channel = "C0GENERAL"
	}
	n := s.next()
	payload := map[string]any{
		"token": "verification-token", "team_id": s.opts.TeamID, "team_domain": "fake",
		"channel_id": c.Channel, "channel_name": "general",
		"user_id": c.User, "user_name": "human",
		"command": c.Command, "text": c.Text, "api_app_id": "AFAKE0001",
		"is_enterprise_install": "false",
		"response_url":          s.responseURL(fmt.Sprint(n)),
		"trigger_id":            fmt.Sprintf("%d.222.fake", n),
	}
	return Envelope{
		EnvelopeID:             fmt.Sprintf("env-%d", n),
		Type:                   "slash_commands",
		Payload:                mustJSON(payload),
		AcceptsResponsePayload: true,
	}
}

// BlockAction describes a click on a button in a message.
type BlockAction struct {
	User      string // default "UHUMAN01"
	Channel   string // default "C0GENERAL"
	MessageTS string // the message holding the button
	ThreadTS  string // its thread, if any
	ActionID  string
	BlockID   string
	Value     string
	Type      string // the element's type: "button" (default) or "feedback_buttons"
}

// BlockActions returns an interactive envelope carrying a block_actions
// payload in Slack's shape, with a response_url on this server.
func (s *Server) BlockActions(b BlockAction) Envelope {
	if b.User == "" {
		b.User = "UHUMAN01"
	}
	if b.Channel == "" {
		b.Channel = "C0GENERAL"
	}
	if b.Type == "" {
		b.Type = "button"
	}
	n := s.next()
	msg := map[string]any{"type": "message", "ts": b.MessageTS, "user": s.opts.BotUserID, "bot_id": s.opts.BotID}
	// A click on a message the bot posted carries that message, text and
	// blocks, as Slack sends it.
	s.mu.Lock()
	for _, m := range s.messages {
		if m.posted && m.Ephemeral == "" && m.Channel == b.Channel && m.TS == b.MessageTS {
			msg = wireMessage(m)
			if b.ThreadTS == "" {
				b.ThreadTS = m.ThreadTS
			}
		}
	}
	s.mu.Unlock()
	if b.ThreadTS != "" {
		msg["thread_ts"] = b.ThreadTS
	}
	container := map[string]any{
		"type": "message", "message_ts": b.MessageTS, "channel_id": b.Channel, "is_ephemeral": false,
	}
	if b.ThreadTS != "" {
		container["thread_ts"] = b.ThreadTS
	}
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": b.User, "username": "human", "name": "human", "team_id": s.opts.TeamID},
		"api_app_id":   "AFAKE0001",
		"token":        "verification-token",
		"container":    container,
		"trigger_id":   fmt.Sprintf("%d.333.fake", n),
		"team":         map[string]any{"id": s.opts.TeamID, "domain": "fake"},
		"channel":      map[string]any{"id": b.Channel, "name": "general"},
		"message":      msg,
		"response_url": s.responseURL(fmt.Sprint(n)),
		"actions": []map[string]any{{
			"action_id": b.ActionID, "block_id": b.BlockID, "value": b.Value, "type": b.Type,
			"text":      map[string]any{"type": "plain_text", "text": b.ActionID},
			"action_ts": tsOf(n),
		}},
	}
	return Envelope{
		EnvelopeID:             fmt.Sprintf("env-%d", n),
		Type:                   "interactive",
		Payload:                mustJSON(payload),
		AcceptsResponsePayload: false,
	}
}

// AppHomeOpened returns an events_api envelope carrying an app_home_opened
// event: user opened the bot's Home tab ("home"; or "messages").
func (s *Server) AppHomeOpened(user, tab string) Envelope {
	if user == "" {
		user = "UHUMAN01"
	}
	if tab == "" {
		tab = "home"
	}
	return s.EventsAPI(map[string]any{
		"type": "app_home_opened", "user": user, "channel": "D0DIRECT", "tab": tab, "event_ts": s.NewTS(),
	})
}

// AssistantThread describes an assistant thread a user opens in the
// assistant panel.
type AssistantThread struct {
	User     string // default "UHUMAN01"
	Channel  string // the assistant's direct-message channel; default "D0DIRECT"
	ThreadTS string // default a fresh timestamp
	Context  string // the channel the user was viewing; default "C0GENERAL"
}

// AssistantThreadStarted returns an events_api envelope carrying an
// assistant_thread_started event in Slack's shape (see
// shared/slack/payloads), and the thread with its defaults filled in.
func (s *Server) AssistantThreadStarted(t AssistantThread) (Envelope, AssistantThread) {
	if t.User == "" {
		t.User = "UHUMAN01"
	}
	if t.Channel == "" {
		t.Channel = "D0DIRECT"
	}
	if t.ThreadTS == "" {
		t.ThreadTS = s.NewTS()
	}
	if t.Context == "" {
		t.Context = "C0GENERAL"
	}
	return s.EventsAPI(map[string]any{
		"type": "assistant_thread_started",
		"assistant_thread": map[string]any{
			"user_id":    t.User,
			"context":    map[string]any{"channel_id": t.Context, "team_id": s.opts.TeamID, "enterprise_id": ""},
			"channel_id": t.Channel,
			"thread_ts":  t.ThreadTS,
		},
		"event_ts": s.NewTS(),
	}), t
}

func richText(text string) []map[string]any {
	return []map[string]any{{
		"type": "rich_text", "block_id": "fake",
		"elements": []map[string]any{{
			"type":     "rich_text_section",
			"elements": []map[string]any{{"type": "text", "text": text}},
		}},
	}}
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only built-in maps of strings and numbers reach here
	}
	return b
}
