# Loaded by Orca at start-up from its private data folder (the test session's own HOME).
# 1. Records every string Orca hands to speech-dispatcher, as it is sent to the synthesiser (after Orca's
#    punctuation and pronunciation rules), one JSON line per utterance, in the file SR_SPEECH_LOG names.
#    Speech still goes on to speech-dispatcher and espeak-ng, which play it into ALSA's null device.
# 2. Say-all paced by Orca's own main loop. Orca sends each say-all chunk to speech-dispatcher and waits
#    for its end-of-speech event before sending the next. Into a null device speech ends at once, and the
#    event can arrive before the client listens for it: say-all then stalls after a line or two. Here
#    each chunk still goes to speech-dispatcher the same way, and the next follows when Orca is idle;
#    a key press stops it as it stops real speech.
# 3. Orca's own progress, for tests to wait on instead of sleeping: after each event it handles, the
#    number handled, the number still waiting and the time go to the file SR_ORCA_STATE names. A test
#    knows Orca has fallen quiet when nothing waits, nothing was handled for a while and no speech
#    followed, however far behind a busy machine has left it.
# 4. Settings a test needs to be deterministic: no key echo (the transcript is what the page makes Orca
#    say, not the names of the keys pressed), and no automatic say-all on load (a test starts it).
import json
import os
import re
import time

from gi.repository import GLib
from orca import event_manager
from orca import settings
from orca import speechdispatcherfactory
from orca import speechserver

settings.enableKeyEcho = False
settings.sayAllOnLoad = False
settings.pageSummaryOnLoad = False

_LOG = os.environ.get("SR_SPEECH_LOG")
_send_command = speechdispatcherfactory.SpeechServer._send_command
_SPOKEN = {"speak", "char", "key", "sound_icon"}


def _plain(ssml):
    text = re.sub(r"<mark[^>]*/>", "", ssml)
    text = re.sub(r"</?speak>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _logged(self, command, *args, **kwargs):
    kind = getattr(command, "__name__", "")
    if _LOG and kind in _SPOKEN and args:
        text = _plain(args[0]) if kind == "speak" else str(args[0])
        line = json.dumps({"time": time.time(), "kind": kind, "text": text}, ensure_ascii=False)
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(line + "\n")
    return _send_command(self, command, *args, **kwargs)


speechdispatcherfactory.SpeechServer._send_command = _logged


Server = speechdispatcherfactory.SpeechServer
_stop = Server.stop


def _say_all(self, iterator, progress):
    self._sr_say_all = [iterator, progress, None]
    GLib.idle_add(_next_chunk, self, self._sr_say_all)


def _next_chunk(self, current):
    if getattr(self, "_sr_say_all", None) is not current:
        return False
    iterator, progress, _ = current
    try:
        context, acss = next(iterator)
    except StopIteration:
        self._sr_say_all = None
        return False
    current[2] = context
    progress(context.copy(), speechserver.SayAllContext.PROGRESS)
    self._speak(context.utterance, acss)
    context.currentOffset = context.endOffset
    context.currentEndOffset = None
    progress(context.copy(), speechserver.SayAllContext.COMPLETED)
    GLib.idle_add(_next_chunk, self, current)
    return False


def _stopped(self):
    current = getattr(self, "_sr_say_all", None)
    self._sr_say_all = None
    if current is not None and current[2] is not None:
        current[1](current[2].copy(), speechserver.SayAllContext.INTERRUPTED)
    _stop(self)


Server.sayAll = _say_all
Server.stop = _stopped


_STATE = os.environ.get("SR_ORCA_STATE")
_dequeue = event_manager.EventManager._dequeue
_handled = [0]


def _dequeue_noted(self):
    rerun = _dequeue(self)
    _handled[0] += 1
    if _STATE:
        waiting = self._eventQueue.qsize()
        with open(_STATE + ".tmp", "w", encoding="utf-8") as state:
            state.write("%d %d %f\n" % (_handled[0], waiting, time.time()))
        os.replace(_STATE + ".tmp", _STATE)
    return rerun


event_manager.EventManager._dequeue = _dequeue_noted
