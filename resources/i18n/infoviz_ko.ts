<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppState</name>
    <message>
        <location filename="../../infoviz/state.py" line="175"/>
        <source>Set %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="185"/>
        <source>Set %s[%d]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="191"/>
        <source>Nudge %s[%d]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197"/>
        <source>Lock %s[%d]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197"/>
        <source>Unlock %s[%d]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="208"/>
        <source>Swap p and q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="215"/>
        <source>Copy %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="222"/>
        <source>Reset to uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="229"/>
        <source>Randomise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="245"/>
        <source>%d bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="254"/>
        <source>Rename outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="265"/>
        <source>Set logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="272"/>
        <source>Preset %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="278"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="309"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="375"/>
        <source>Drag %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="400"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="79"/>
        <source>Something went wrong (%s: %s). The app keeps running; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="82"/>
        <source>Details: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="83"/>
        <location filename="../../infoviz/ui/crash.py" line="139"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="138"/>
        <source>infoviz did not close normally last time. Restore the session you had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="139"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55"/>
        <source>%s was not opened:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="59"/>
        <source>Opened %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66"/>
        <source>The session was not saved:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="70"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="74"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="75"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="86"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103"/>
        <location filename="../../infoviz/ui/files.py" line="118"/>
        <location filename="../../infoviz/ui/files.py" line="133"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103"/>
        <location filename="../../infoviz/ui/files.py" line="118"/>
        <source>Could not write %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="139"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="12"/>
        <source>show / hide this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13"/>
        <source>drag a bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13"/>
        <source>set its probability; the other bars rescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14"/>
        <source>double-click a bar, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14"/>
        <source>type an exact value (0.25, 25%, 1/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="15"/>
        <source>select the previous / next bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="16"/>
        <source>switch between p and q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="17"/>
        <source>nudge the selected bar by 0.01 (0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="18"/>
        <source>lock / unlock the selected bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="19"/>
        <source>presets of the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="20"/>
        <source>bits / nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="21"/>
        <source>swap p and q · uniform · randomise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="22"/>
        <source>more / fewer bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="23"/>
        <source>undo, redo (a whole drag is one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="24"/>
        <source>next / previous lesson step (presenter clicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="25"/>
        <source>projector mode on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="26"/>
        <source>open / save a session (or drop a file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="207"/>
        <source>Drag any bar of p or q. H(p,q) = H(p) + KL(p‖q): the purple part of each stack is the extra cost of the wrong model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="266"/>
        <source>infoviz — entropy, cross entropy and KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="267"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="267"/>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="268"/>
        <source>p — true distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="269"/>
        <source>q — model (predicted) distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="271"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="272"/>
        <source>H(p,q) = H(p) + KL(p‖q)   [%s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="275"/>
        <source>per outcome: %s and %s   [%s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="277"/>
        <source>during the drag: H(p,q), KL(p‖q), KL(q‖p) (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="20"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="21"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="23"/>
        <source>&amp;Swap p and q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="24"/>
        <source>Copy p → q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="25"/>
        <source>Copy q → p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="26"/>
        <source>Reset both to &amp;uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="27"/>
        <source>&amp;Randomise both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="29"/>
        <source>&amp;Lock / unlock the selected bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="31"/>
        <source>&amp;Type a value for the selected bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="33"/>
        <source>More bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="35"/>
        <source>Fewer bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="42"/>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="43"/>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="44"/>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="46"/>
        <source>Export window as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="47"/>
        <source>Export window as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="48"/>
        <source>Export numbers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="49"/>
        <source>Export the measures plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="51"/>
        <source>Export the per-outcome plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="60"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="66"/>
        <source>&amp;Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="67"/>
        <source>Switch &amp;bits / nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="95"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="105"/>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="116"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="129"/>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="20"/>
        <source>Entropy H(p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="21"/>
        <source>Entropy H(q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="22"/>
        <source>Cross entropy H(p,q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="23"/>
        <source>Cross entropy H(q,p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="24"/>
        <source>KL divergence KL(p‖q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="25"/>
        <source>KL divergence KL(q‖p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="32"/>
        <source>H(p) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of p (0·log 0 = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="33"/>
        <source>H(q) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="34"/>
        <source>H(p,q) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt; = H(p) + KL(p‖q)&lt;br&gt;average code length coding p with q; the classifier&apos;s loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="36"/>
        <source>H(q,p) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt; = H(q) + KL(q‖p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="37"/>
        <source>KL(p‖q) = Σ p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;extra cost of using q when the truth is p; ∞ if some q&lt;sub&gt;i&lt;/sub&gt; = 0 &lt; p&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="39"/>
        <source>KL(q‖p) = Σ q&lt;sub&gt;i&lt;/sub&gt; log(q&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;not symmetric: usually ≠ KL(p‖q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45"/>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="126"/>
        <source> (+%d more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="127"/>
        <source>because %s(%s) = 0 but %s(%s) = %.2f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="131"/>
        <source>perplexity %.2f</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="42"/>
        <source> Bins </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="43"/>
        <source>Number of outcomes (2–50); also + and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="44"/>
        <source>Switch bits / nats (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53"/>
        <source>Unit: bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53"/>
        <source>Unit: nats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="51"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="52"/>
        <source>Type a probability: 0.25, 25% or 1/4, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
