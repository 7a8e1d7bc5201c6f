import QtQuick
import QtQuick.Templates as T
import Yokoten.Ui

// The kiosk's kana keyboard: a gojūon grid (あ…ん, ゛ ゜, small kana, ー), a ひらがな/カタカナ
// switch, space, backspace and a key back to Qt Virtual Keyboard's ABC/123. Debian 12's Qt
// Virtual Keyboard has no Japanese input method (OpenWnn is not built). Rather than a custom
// VKB layout folder (QT_VIRTUALKEYBOARD_LAYOUT_PATH, with the layouts it replaces and the
// VKB's locale switching), this is plain QML that inserts into the focused text field:
// nothing more to install, the keys never take the focus, and a QML test can drive it
// without the input method. It writes kana only; there is no kanji conversion.
Rectangle {
    id: keyboard
    objectName: "kanaKeyboard"
    // The text field the keys write into (the shell passes the focused one, or null).
    property Item target: null
    property bool katakana: false
    signal abcChosen()

    readonly property real keyHeight: Theme.touch
    readonly property real spacing: 8
    height: keyHeight * 6 + spacing * 7
    color: "#dcd8cf"

    // Columns of the gojūon table, left to right as on a station's ticket machine; "" is a gap.
    readonly property var columns: [
        ["あ", "い", "う", "え", "お"], ["か", "き", "く", "け", "こ"], ["さ", "し", "す", "せ", "そ"],
        ["た", "ち", "つ", "て", "と"], ["な", "に", "ぬ", "ね", "の"], ["は", "ひ", "ふ", "へ", "ほ"],
        ["ま", "み", "む", "め", "も"], ["や", "", "ゆ", "", "よ"], ["ら", "り", "る", "れ", "ろ"],
        ["わ", "を", "ん", "ー", "、"], ["゛", "゜", "小", "・", "。"], ["ゃ", "ゅ", "ょ", "っ", "ぁ"]]

    // Voicing marks apply to the character before the cursor: か→が, は→ば→ぱ→は.
    readonly property string plain:  "かきくけこさしすせそたちつてとはひふへほう"
    readonly property string voiced: "がぎぐげござじずぜぞだぢづでどばびぶべぼゔ"
    readonly property string semi:   "ぱぴぷぺぽ"
    readonly property string big:    "あいうえおやゆよつわ"
    readonly property string small:  "ぁぃぅぇぉゃゅょっゎ"

    function toKatakana(s) {
        return s.replace(/[\u3041-\u3096]/g, c => String.fromCharCode(c.charCodeAt(0) + 0x60))
    }
    function toHiragana(s) {
        return s.replace(/[\u30a1-\u30f6]/g, c => String.fromCharCode(c.charCodeAt(0) - 0x60))
    }
    // The character that the ゛ (mark "dakuten"), ゜ ("handakuten") or 小 ("small") key makes
    // of `c`, or `c` itself where the mark does not apply. Katakana stays katakana.
    function marked(c, mark) {
        const kata = c !== toHiragana(c)
        const h = toHiragana(c)
        let out = h
        let i
        if (mark === "゛") {
            if ((i = plain.indexOf(h)) >= 0) out = voiced[i]
            else if ((i = voiced.indexOf(h)) >= 0) out = i >= 15 && i < 20 ? semi[i - 15] : plain[i]
            else if ((i = semi.indexOf(h)) >= 0) out = plain[15 + i]
        } else if (mark === "゜") {
            if ((i = semi.indexOf(h)) >= 0) out = plain[15 + i]
            else if ((i = plain.indexOf(h)) >= 15 && i < 20) out = semi[i - 15]
            else if ((i = voiced.indexOf(h)) >= 15 && i < 20) out = semi[i - 15]
        } else if (mark === "小") {
            if ((i = big.indexOf(h)) >= 0) out = small[i]
            else if ((i = small.indexOf(h)) >= 0) out = big[i]
        }
        return kata ? toKatakana(out) : out
    }

    function press(key) {
        const f = target
        if (!f)
            return
        Qt.inputMethod.commit()
        if (key === "゛" || key === "゜" || key === "小") {
            const at = f.cursorPosition
            if (at < 1 || f.selectedText.length > 0)
                return
            const before = f.text.charAt(at - 1)
            const after = marked(before, key)
            if (after !== before) {
                f.remove(at - 1, at)
                f.insert(at - 1, after)
            }
            return
        }
        if (f.selectedText.length > 0)
            f.remove(f.selectionStart, f.selectionEnd)
        f.insert(f.cursorPosition, katakana ? toKatakana(key) : key)
    }
    function backspace() {
        const f = target
        if (!f)
            return
        if (f.selectedText.length > 0)
            f.remove(f.selectionStart, f.selectionEnd)
        else if (f.cursorPosition > 0)
            f.remove(f.cursorPosition - 1, f.cursorPosition)
    }

    // Swallows touches between the keys, so nothing under the keyboard is pressed.
    MouseArea { anchors.fill: parent }

    component Key: T.AbstractButton {
        id: key
        property bool strong: false
        focusPolicy: Qt.NoFocus
        height: keyboard.keyHeight
        font.pixelSize: Theme.title
        contentItem: Text {
            text: key.text
            font: key.font
            color: key.strong ? Theme.primaryText : Theme.text
            textFormat: Text.StyledText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: 6
            color: key.strong ? Theme.primary : (key.down ? "#c9c4b8" : Theme.surface)
            border.color: Theme.border
        }
    }

    Column {
        id: grid
        anchors.fill: parent
        anchors.margins: keyboard.spacing
        spacing: keyboard.spacing
        readonly property real keyWidth: (width - keyboard.spacing * 11) / 12
        Repeater {
            model: 5
            Row {
                id: kanaRow
                required property int index
                spacing: keyboard.spacing
                Repeater {
                    model: keyboard.columns
                    Item {
                        required property var modelData
                        readonly property string kana: modelData[kanaRow.index]
                        width: grid.keyWidth
                        height: keyboard.keyHeight
                        Key {
                            anchors.fill: parent
                            visible: parent.kana.length > 0
                            objectName: "kana_" + parent.kana
                            text: keyboard.katakana ? keyboard.toKatakana(parent.kana) : parent.kana
                            onClicked: keyboard.press(parent.kana)
                        }
                    }
                }
            }
        }
        Row {
            spacing: keyboard.spacing
            readonly property real unit: grid.keyWidth + keyboard.spacing
            Key {
                objectName: "kana_abc"
                width: parent.unit * 2 - keyboard.spacing
                text: "ABC 123"
                strong: true
                font.pixelSize: Theme.large
                onClicked: keyboard.abcChosen()
            }
            Key {
                objectName: "kana_script"
                width: parent.unit * 3 - keyboard.spacing
                // Both scripts, the one the keys write in bold; a touch switches. Script names
                // are the same in every language, so not translated.
                text: keyboard.katakana ? "ひらがな / <b>カタカナ</b>" : "<b>ひらがな</b> / カタカナ"
                font.pixelSize: Theme.large
                onClicked: keyboard.katakana = !keyboard.katakana
            }
            Key {
                objectName: "kana_space"
                width: parent.unit * 4 - keyboard.spacing
                text: qsTr("Space")
                font.pixelSize: Theme.large
                onClicked: keyboard.press("　")
            }
            Key {
                objectName: "kana_backspace"
                width: parent.unit * 3 - keyboard.spacing
                text: qsTr("← Delete")
                font.pixelSize: Theme.large
                autoRepeat: true
                onClicked: keyboard.backspace()
            }
        }
    }
}
