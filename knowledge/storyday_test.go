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

// engineReport is a short article written for this test, in no question
// set: the lead's weekday is the story's day, and a weekday named only
// further down is the one before it.
const engineReport = `Report faults missing bolts

OMAHA, Neb. (AP) — Missing bolts let an engine cover tear away from a jet, investigators said Wednesday.

The FAA on Friday ordered airlines to check the covers.
`

// TestStoryDayLead checks that a weekday the lead does not name is not
// taken for the story's day.
func TestStoryDayLead(t *testing.T) {
	a, err := Parse(engineReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, ev := range a.Events {
		order = append(order, ev.When)
	}
	got := strings.Join(order, " | ")
	fri, wed := strings.Index(got, "Friday"), strings.Index(got, "Wednesday")
	if fri < 0 || wed < 0 || fri > wed {
		t.Errorf("want Friday before Wednesday; got %s", got)
	}
}
