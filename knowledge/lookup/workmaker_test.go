package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// transitReport is a short article written for this test, in no question
// set: works named with a by-phrase of their maker ("a report by the
// council", "A survey by Gallup", "a painting by Georgia O'Keeffe").
const transitReport = `Report finds city buses late a third of the time

DENVER (AP) — City buses ran late on a third of their trips last year, according to a report by the Colorado Transit Council released Tuesday.

The council, a nonprofit watchdog group, studied 1.2 million trips. Riders on the 15 route waited longest, the report said.

A survey by Gallup found most riders want more buses. Mayor Mike Johnston said the city would add 40 buses.

The transit center will show a portrait by Georgia O'Keeffe next month. Critics praised the portrait.
`

// TestWorkMaker checks that a who-question asking who made a work, by a
// verb of making the article may not use ("wrote", "did", "conducted",
// "painted"), is answered by the by-phrase after the work's noun, and that
// other who-questions about the same works are not.
func TestWorkMaker(t *testing.T) {
	e := engineOf(t, transitReport)
	checkOpenings(t, e, []openingCase{
		{"who wrote the report", "Colorado Transit Council", nil, nil},
		{"who did the survey", "Gallup", nil, []string{"Mike Johnston"}},
		{"who conducted the survey", "Gallup", nil, nil},
		{"who painted the portrait", "Georgia O'Keeffe", nil, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "who praised the portrait"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "O'Keeffe.") {
		t.Errorf("who praised the portrait: the painter did not praise it:\n%s", a.Text)
	}
}
