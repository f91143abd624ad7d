package knowledge

import (
	"encoding/json"
	"strconv"
	"strings"

	"storybot/prompts"
)

// This file reads a structured reply (prompts.AnswerSchema): each claim
// with the paragraphs it cites and the exact words that support it. The
// claims go through the same claim check as free text, and each
// supporting span must stand verbatim in one of its claim's paragraphs.

// structuredClaim is one claim of a structured reply.
type structuredClaim struct {
	Text       string `json:"text"`
	Paragraphs []int  `json:"paragraphs"`
	Support    string `json:"support"`
}

// structuredReply is a whole structured reply.
type structuredReply struct {
	NotFound *bool             `json:"not_found"`
	Claims   []structuredClaim `json:"claims"`
}

// parseStructured reads raw as a structured reply, fenced in ```json or
// not. ok is false for anything else, which is then read as free text.
func parseStructured(raw string) (structuredReply, bool) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "```json")
	s = strings.TrimPrefix(s, "```")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "```"))
	if !strings.HasPrefix(s, "{") {
		return structuredReply{}, false
	}
	var r structuredReply
	if err := json.Unmarshal([]byte(s), &r); err != nil || r.NotFound == nil && r.Claims == nil {
		return structuredReply{}, false
	}
	return r, true
}

// checkStructured verifies a structured reply to question.
func (v *verifier) checkStructured(question string, r structuredReply) verdict {
	c := v.newClaimChecker(question)
	var parts []string
	for i, cl := range r.Claims {
		text := strings.TrimSpace(cl.Text)
		var cites strings.Builder
		for _, n := range cl.Paragraphs {
			cites.WriteString("[P" + strconv.Itoa(n) + "]")
		}
		seg := text
		if cites.Len() > 0 {
			// Before the closing period, as a reader would write it.
			body, end := text, ""
			if k := len(text) - 1; k >= 0 && strings.ContainsRune(".!?", rune(text[k])) {
				body, end = text[:k], text[k:]
			}
			seg = strings.TrimRight(body, " ") + " " + cites.String() + end
		}
		if reason := c.add(seg); reason != "" {
			return verdict{reason: reason}
		}
		if sup := strings.TrimSpace(cl.Support); sup != "" && len(cl.Paragraphs) > 0 {
			if !v.supports(sup, cl.Paragraphs) {
				return verdict{reason: "claim " + strconv.Itoa(i+1) + ": supporting words " + strconv.Quote(clipRunes(sup, 60)) + " not in " + claimParaList(cl.Paragraphs)}
			}
		}
		rendered, _, _ := v.renderCitations(seg)
		parts = append(parts, rendered)
	}
	if len(r.Claims) == 0 && r.NotFound != nil && *r.NotFound {
		return verdict{ok: true, text: prompts.NotFound}
	}
	return c.verdict(strings.Join(parts, " "))
}

// supports reports whether span stands verbatim (quotation rules) in one
// of the paragraphs ns.
func (v *verifier) supports(span string, ns []int) bool {
	frags := quoteFragments(span)
	for _, n := range ns {
		if f, ok := v.facts[n]; ok {
			if in, _ := fragmentsInOrder(f.norm, frags); in {
				return true
			}
		}
	}
	return len(frags) == 0
}
