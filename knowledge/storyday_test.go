package knowledge

import (
	"strings"
	"testing"
)

// waterMain is a short article written for this test, in no question
// set: its lead names the event's day ("late Monday") before the story's
// own day ("for most of Tuesday"), and a day it looks ahead to.
const waterMain = `Water main break floods downtown streets

SALINA, Kan. (AP) — A 90-year-old water main broke late Monday under Santa Fe Avenue, flooding basements and closing the street for most of Tuesday.

Crews shut off the main at 1 a.m. Tuesday and finished repairs by evening.

The city will open a claims office Thursday.
`

// TestStoryDay checks that a story whose lead dates its event the day
// before the story's own day orders that event first, and the day it
// looks ahead to last.
func TestStoryDay(t *testing.T) {
	a, err := Parse(waterMain, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, ev := range a.Events {
		if ev.When != "" {
			order = append(order, ev.When)
		}
	}
	got := strings.Join(order, " | ")
	mon, tue, thu := strings.Index(got, "Monday"), strings.Index(got, "Tuesday"), strings.Index(got, "Thursday")
	if mon < 0 || tue < 0 || thu < 0 || !(mon < tue && tue < thu) {
		t.Errorf("want Monday, then Tuesday, then Thursday; got %s", got)
	}
}
