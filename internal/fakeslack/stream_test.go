package fakeslack_test

import (
	"testing"

	"github.com/slack-go/slack"

	"storybot/internal/fakeslack"
)

// TestStreamMethods drives chat.startStream, chat.appendStream and
// chat.stopStream with the real slack-go client and checks the fake keeps
// Slack's documented rules.
func TestStreamMethods(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	api := slack.New(fs.BotToken(), slack.OptionAPIURL(fs.URL()))
	ctx := ctxT(t)
	_, q := fs.AppMention(fakeslack.Event{Text: "hello"})

	// Outside a DM Slack needs the recipient; every stream needs a thread.
	if _, _, err := api.StartStreamContext(ctx, q.Channel, slack.MsgOptionTS(q.TS)); err == nil || err.Error() != "missing_recipient_user_id" {
		t.Errorf("channel stream without recipient: %v", err)
	}
	if _, _, err := api.StartStreamContext(ctx, q.Channel, slack.MsgOptionTS(q.TS), slack.MsgOptionRecipientUserID(q.User)); err == nil || err.Error() != "missing_recipient_team_id" {
		t.Errorf("channel stream without team: %v", err)
	}
	if _, _, err := api.StartStreamContext(ctx, "D0DIRECT"); err == nil || err.Error() != "invalid_arguments" {
		t.Errorf("stream outside a thread: %v", err)
	}
	bad := slack.NewTaskUpdateChunk("t", "x")
	bad.Status = "done"
	if _, _, err := api.StartStreamContext(ctx, "D0DIRECT", slack.MsgOptionTS("1.1"), slack.MsgOptionChunks(bad)); err == nil || err.Error() != "invalid_chunks" {
		t.Errorf("task status %q: %v, want invalid_chunks", bad.Status, err)
	}

	_, ts, err := api.StartStreamContext(ctx, q.Channel, slack.MsgOptionTS(q.TS),
		slack.MsgOptionRecipientUserID(q.User), slack.MsgOptionRecipientTeamID("TFAKE0001"),
		slack.MsgOptionChunks(slack.NewTaskUpdateChunk("find", "Finding passages")))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.AppendStreamContext(ctx, q.Channel, ts, slack.MsgOptionMarkdownText("Hello, ")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.AppendStreamContext(ctx, q.Channel, ts); err == nil || err.Error() != "no_text" {
		t.Errorf("empty append: %v", err)
	}
	outside := slack.NewActionBlock("b", slack.NewFeedbackButtonsBlockElement("f",
		slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👍", true, false), "up"),
		slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👎", true, false), "down")))
	if _, _, err := api.StopStreamContext(ctx, q.Channel, ts, slack.MsgOptionBlocks(outside)); err == nil || err.Error() != "invalid_blocks" {
		t.Errorf("feedback_buttons outside context_actions: %v, want invalid_blocks", err)
	}
	inside := slack.NewContextActionsBlock("b", slack.NewFeedbackButtonsBlockElement("f",
		slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👍", true, false), "up"),
		slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👎", true, false), "down")))
	if _, _, err := api.StopStreamContext(ctx, q.Channel, ts, slack.MsgOptionMarkdownText("world."), slack.MsgOptionBlocks(inside)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.AppendStreamContext(ctx, q.Channel, ts, slack.MsgOptionMarkdownText("late")); err == nil || err.Error() != "message_not_in_streaming_state" {
		t.Errorf("append after stop: %v", err)
	}
	m := fs.Messages()[0]
	if m.Text != "Hello, world." || m.Stream != "stopped" || m.ThreadTS != q.TS || len(m.Chunks) != 3 || m.Blocks == nil {
		t.Errorf("streamed message %+v", m)
	}

	refusing := fakeslack.New(fakeslack.Options{RefuseStreaming: "unknown_method"})
	defer refusing.Close()
	api = slack.New(refusing.BotToken(), slack.OptionAPIURL(refusing.URL()))
	if _, _, err := api.StartStreamContext(ctx, "D0DIRECT", slack.MsgOptionTS("1.1")); err == nil || err.Error() != "unknown_method" {
		t.Errorf("refusing workspace: %v", err)
	}
}
