// NOT BUILT OR TESTED HERE: the Java half of AndroidKeystoreKeyVault (see its header).
package jp.yokoten.platform;

import android.content.Context;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Wraps store secrets with a non-exportable Android Keystore key; blobs live in files/keys/. */
public final class KeystoreVault {
    private static final String ALIAS = "jp.yokoten.StoreKey";
    private static final int NONCE_BYTES = 12;

    private KeystoreVault() {}

    private static SecretKey wrappingKey() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("AndroidKeyStore");
        keyStore.load(null);
        if (keyStore.containsAlias(ALIAS))
            return (SecretKey) keyStore.getKey(ALIAS, null);
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore");
        generator.init(new KeyGenParameterSpec.Builder(ALIAS,
                KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build());
        return generator.generateKey();
    }

    private static File blob(Context context, String storeId) {
        File dir = new File(context.getFilesDir(), "keys");
        dir.mkdirs();
        return new File(dir, storeId + ".blob");
    }

    /** The secret as hex text, or "!missing" / "!<status>: <detail>". */
    public static String load(Context context, String storeId) {
        File file = blob(context, storeId);
        if (!file.exists())
            return "!missing";
        try (FileInputStream in = new FileInputStream(file)) {
            byte[] all = in.readAllBytes();
            if (all.length <= NONCE_BYTES)
                return "!corrupt: short blob";
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey(),
                    new GCMParameterSpec(128, Arrays.copyOfRange(all, 0, NONCE_BYTES)));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            String text = new String(plain, StandardCharsets.US_ASCII);
            Arrays.fill(plain, (byte) 0);
            return text;
        } catch (javax.crypto.AEADBadTagException e) {
            return "!corrupt: " + e.getClass().getSimpleName();
        } catch (android.security.keystore.KeyPermanentlyInvalidatedException e) {
            return "!unavailable: " + e.getClass().getSimpleName();
        } catch (Exception e) {
            return "!io: " + e.getClass().getSimpleName();
        }
    }

    public static String save(Context context, String storeId, String secretHex) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey());
            byte[] sealed = cipher.doFinal(secretHex.getBytes(StandardCharsets.US_ASCII));
            File file = blob(context, storeId);
            File temp = new File(file.getPath() + ".tmp");
            try (FileOutputStream out = new FileOutputStream(temp)) {
                out.write(cipher.getIV());
                out.write(sealed);
                out.getFD().sync();
            }
            if (!temp.renameTo(file))
                return "io: rename failed";
            return "ok";
        } catch (Exception e) {
            return "io: " + e.getClass().getSimpleName();
        }
    }

    public static String remove(Context context, String storeId) {
        File file = blob(context, storeId);
        if (file.exists() && !file.delete())
            return "io: delete failed";
        return "ok";
    }
}
