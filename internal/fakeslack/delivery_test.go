package fakeslack_test

import (
	"errors"
	"net/http"
	"net/url"
	"testing"

	"github.com/slack-go/slack"

	"storybot/internal/fakeslack"
)

// TestMetadataFailuresAndCuts checks the delivery faults and message
// metadata through the real slack-go client: metadata is kept and shown
// only with include_all_metadata, FailHTTP answers 5xx without posting,
// CutAfterActing posts and then drops the connection, FailOnce fails each
// picked post once, and conversations.history lists top-level messages
// after oldest, newest first.
func TestMetadataFailuresAndCuts(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	api := slack.New(fs.BotToken(), slack.OptionAPIURL(fs.URL()))
	meta := slack.SlackMetadata{EventType: "storybot_answer", EventPayload: map[string]any{"question_ts": "1.000001"}}
	parent := fs.AddMessage(fakeslack.Message{Channel: "C1", User: "U1", Text: "question"})

	fs.FailHTTP("chat.postMessage", 1, http.StatusInternalServerError)
	_, _, err := api.PostMessageContext(ctxT(t), "C1", slack.MsgOptionText("a", false), slack.MsgOptionTS(parent.TS), slack.MsgOptionMetadata(meta))
	var sc slack.StatusCodeError
	if !errors.As(err, &sc) || sc.Code != http.StatusInternalServerError || len(fs.Messages()) != 0 {
		t.Fatalf("FailHTTP: %v with %d messages, want a 500 and none posted", err, len(fs.Messages()))
	}

	fs.CutAfterActing("chat.postMessage", 1)
	if _, _, err := api.PostMessageContext(ctxT(t), "C1", slack.MsgOptionText("a", false), slack.MsgOptionTS(parent.TS), slack.MsgOptionMetadata(meta)); err == nil {
		t.Fatal("CutAfterActing: the post succeeded")
	}
	ms := fs.Messages()
	if len(ms) != 1 || string(ms[0].Metadata) == "" {
		t.Fatalf("CutAfterActing: %d messages (%+v), want the one posted with its metadata", len(ms), ms)
	}

	for _, withMeta := range []bool{false, true} {
		msgs, _, _, err := api.GetConversationRepliesContext(ctxT(t), &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: parent.TS, IncludeAllMetadata: withMeta})
		if err != nil || len(msgs) != 2 {
			t.Fatalf("replies: %v, %d messages", err, len(msgs))
		}
		if got := msgs[1].Metadata.EventType; (got == "storybot_answer") != withMeta {
			t.Errorf("include_all_metadata=%v: event type %q", withMeta, got)
		}
	}

	fs.FailOnce("chat.postMessage", http.StatusServiceUnavailable, func(a url.Values) bool { return a.Get("channel") == "C2" })
	for i, wantErr := range []bool{true, false} {
		_, _, err := api.PostMessageContext(ctxT(t), "C2", slack.MsgOptionText("b", false))
		if (err != nil) != wantErr {
			t.Errorf("FailOnce attempt %d: %v", i+1, err)
		}
	}
	hist, err := api.GetConversationHistoryContext(ctxT(t), &slack.GetConversationHistoryParameters{ChannelID: "C2", Oldest: "1.0", IncludeAllMetadata: true})
	if err != nil || len(hist.Messages) != 1 || hist.Messages[0].Text != "b" {
		t.Errorf("conversations.history: %v, %+v", err, hist)
	}
}
