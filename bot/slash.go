package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"storybot/knowledge"
)

// maxResponseURLPosts is how many times Slack lets a response_url be used.
const maxResponseURLPosts = 5

// onSlash answers a slash command without blocking the event loop. The
// response is computed on the worker pool and goes back as the ack's
// payload when it is ready within Config.SlashBudget and fits; otherwise
// the envelope is acked with a short notice and the response follows
// through the command's response_url (chat.postEphemeral past Slack's
// limit of uses). Either way only the user who asked sees it. A panic
// while computing it is answered with an apology.
func (b *Bot) onSlash(ctx, work context.Context, cmd slack.SlashCommand, req *socketmode.Request, acker Acker) {
	b.log.Info("slash command", "command", cmd.Command, "user", cmd.UserID, "channel", cmd.ChannelID)
	b.log.Debug("slash command text", "command", cmd.Command, "text", cmd.Text)
	var (
		mu    sync.Mutex
		acked bool
	)
	// first reports whether the caller is the first to ack.
	first := func() bool {
		mu.Lock()
		defer mu.Unlock()
		was := acked
		acked = true
		return !was
	}
	t := time.AfterFunc(b.cfg.SlashBudget, func() {
		if first() {
			b.ack(ctx, acker, req, ephemeralPayload(pack(placeholder)[0]))
		}
	})
	respond := func(wctx context.Context, msgs []message) {
		t.Stop()
		if first() {
			if len(msgs) == 1 {
				p := ephemeralPayload(msgs[0])
				if js, err := json.Marshal(p); err == nil && len(js) < maxAckPayload {
					b.ack(ctx, acker, req, p)
					return
				}
			}
			b.ack(ctx, acker, req, nil)
		}
		b.deliverSlash(wctx, cmd, msgs)
	}
	b.submit(work, job{
		kind:      "slash_command",
		run:       func(wctx context.Context) { respond(wctx, pack(b.slashParts(wctx, cmd))) },
		apologise: func(wctx context.Context) { respond(wctx, pack(textParts(sorry))) },
	})
}

// ephemeralPayload is a slash command response only the asker sees.
func ephemeralPayload(m message) map[string]any {
	return map[string]any{
		"response_type": slack.ResponseTypeEphemeral,
		"text":          m.text,
		"blocks":        m.blocks,
	}
}

// deliverSlash sends a slash command's response after the ack.
func (b *Bot) deliverSlash(ctx context.Context, cmd slack.SlashCommand, msgs []message) {
	for i, m := range msgs {
		if cmd.ResponseURL != "" && i < maxResponseURLPosts {
			blocks := slack.Blocks{BlockSet: m.blocks}
			err := slack.PostWebhookCustomHTTPContext(ctx, cmd.ResponseURL, b.cfg.HTTPClient, &slack.WebhookMessage{
				Text: m.text, Blocks: &blocks, ResponseType: slack.ResponseTypeEphemeral,
			})
			if err == nil {
				continue
			}
			b.log.Warn("response_url post failed; using chat.postEphemeral", "command", cmd.Command, "err", err)
		}
		err := b.retry(ctx, "chat.postEphemeral", func() error {
			_, err := b.cfg.Slack.PostEphemeralContext(ctx, cmd.ChannelID, cmd.UserID, msgOptions(m)...)
			return err
		})
		if err != nil {
			b.log.Error("slash command response lost", "command", cmd.Command, "err", err)
			return
		}
	}
}

// slashParts computes a slash command's response.
func (b *Bot) slashParts(ctx context.Context, cmd slack.SlashCommand) []part {
	text := plainQuestion(cmd.Text, b.cfg.BotUserID)
	switch strings.ToLower(cmd.Command) {
	case "/timeline":
		return timelineParts(b.cfg.Article)
	case "/quote", "/quotes":
		return quotationParts(b.cfg.Article, text)
	case "/ask":
		if isHelp(text) {
			return b.helpParts()
		}
		start := time.Now()
		ans, err := b.cfg.Answerer.Answer(ctx, knowledge.Question{Text: text})
		if err == nil {
			b.cfg.Observer.Answered(ans.Mode, ans.Found, ans.FallbackReason != "", time.Since(start))
		}
		asked := contextPart("You asked: " + text)
		return append([]part{asked}, b.answerOrError(ans, err, cmd.ChannelID, "")...)
	}
	return append(textParts("I don't know the command "+cmd.Command+"."), b.helpParts()...)
}
